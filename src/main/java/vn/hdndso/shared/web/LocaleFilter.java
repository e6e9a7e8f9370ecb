package vn.hdndso.shared.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;

/**
 * Applies the site's language choice before any filter writes a message, so that security errors
 * speak the same language as the pages: Vietnamese unless English was chosen with {@code ?lang=en}
 * (remembered in a cookie). The browser's Accept-Language is not consulted.
 */
@Component
@Order(LocaleFilter.ORDER)
class LocaleFilter extends OncePerRequestFilter {

    /** After Spring's RequestContextFilter (-105), before Spring Security (-100). */
    static final int ORDER = -102;

    private static final java.util.Set<String> LANGUAGES = java.util.Set.of("vi", "en");

    private final LocaleResolver locales;

    LocaleFilter(LocaleResolver locales) {
        this.locales = locales;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var previous = LocaleContextHolder.getLocaleContext();
        String chosen = request.getParameter("lang");
        if (chosen != null && LANGUAGES.contains(chosen)) {
            locales.setLocale(request, response, java.util.Locale.of(chosen));
        }
        LocaleContextHolder.setLocale(locales.resolveLocale(request));
        try {
            chain.doFilter(request, response);
        } finally {
            LocaleContextHolder.setLocaleContext(previous);
        }
    }
}
