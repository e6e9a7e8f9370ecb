package vn.hdndso.identity.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.CsrfTokenRequestHandler;
import org.springframework.security.web.csrf.XorCsrfTokenRequestAttributeHandler;

/**
 * Spring Security's usual (masked) CSRF token, with one addition: a response that shows the token
 * (a page with a form) says {@code Cache-Control: private, no-store}. The token now lives in a
 * cookie, not the session, so an anonymous visitor's form page would otherwise look shareable to
 * the public page cache and reach the next visitor with a token that is not theirs.
 */
final class UncachedCsrfTokens implements CsrfTokenRequestHandler {

    private final XorCsrfTokenRequestAttributeHandler delegate = new XorCsrfTokenRequestAttributeHandler();

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, Supplier<CsrfToken> token) {
        delegate.handle(request, response, () -> {
            if (!response.isCommitted()) {
                response.setHeader(HttpHeaders.CACHE_CONTROL, "private, no-store");
            }
            return token.get();
        });
    }

    @Override
    public @Nullable String resolveCsrfTokenValue(HttpServletRequest request, CsrfToken token) {
        return delegate.resolveCsrfTokenValue(request, token);
    }
}
