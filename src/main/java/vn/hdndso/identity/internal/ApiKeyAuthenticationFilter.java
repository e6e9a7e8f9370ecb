package vn.hdndso.identity.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * {@code Authorization: Bearer hdnd_<prefix>_<secret>}: signs a machine in as the account the key
 * belongs to. A bad key (malformed, unknown, revoked or expired) is refused outright, never
 * treated as anonymous. A good key whose scopes do not cover the request (see {@link
 * vn.hdndso.identity.ApiKeyScope#actsAsAccount}) goes on as an anonymous visitor: it sees and may
 * do what the public may. Not a bean: it runs only inside the machine filter chain.
 */
class ApiKeyAuthenticationFilter extends OncePerRequestFilter {

    private final ApiKeyVerifier verifier;
    private final ProblemEntryPoint entryPoint;

    ApiKeyAuthenticationFilter(ApiKeyVerifier verifier, ProblemEntryPoint entryPoint) {
        this.verifier = verifier;
        this.entryPoint = entryPoint;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader("Authorization");
        if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            chain.doFilter(request, response);
            return;
        }
        Optional<ApiKeyVerifier.VerifiedKey> key =
                verifier.verify(header.substring(7).strip());
        if (key.isEmpty()) {
            SecurityContextHolder.clearContext();
            entryPoint.commence(request, response, new BadCredentialsException("invalid API key"));
            return;
        }
        if (!vn.hdndso.identity.ApiKeyScope.actsAsAccount(key.get().scopes(), request.getMethod())) {
            SecurityContextHolder.clearContext();
            chain.doFilter(request, response);
            return;
        }
        AccountPrincipal principal = key.get().principal();
        var authentication =
                UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities());
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(authentication);
        SecurityContextHolder.setContext(context);
        try {
            chain.doFilter(request, response);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    @Override
    protected boolean shouldNotFilterAsyncDispatch() {
        return false;
    }
}
