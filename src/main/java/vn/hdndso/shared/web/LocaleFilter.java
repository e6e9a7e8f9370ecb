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
 * Applies the site's language choice (Vietnamese unless English was chosen) before any filter
 * writes a message, so that security errors speak the same language as the pages. It runs after
 * Spring's {@code RequestContextFilter} (order -105), which would otherwise reset the locale to the
 * request's {@code Accept-Language} or the JVM's default, and before Spring Security (order -100).
 */
@Component
@Order(-104)
class LocaleFilter extends OncePerRequestFilter {

    private final LocaleResolver locales;

    LocaleFilter(LocaleResolver locales) {
        this.locales = locales;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var previous = LocaleContextHolder.getLocaleContext();
        LocaleContextHolder.setLocale(locales.resolveLocale(request));
        try {
            chain.doFilter(request, response);
        } finally {
            LocaleContextHolder.setLocaleContext(previous);
        }
    }
}
