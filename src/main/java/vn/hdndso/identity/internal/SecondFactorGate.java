package vn.hdndso.identity.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/** Someone who still owes their second-factor code is sent to enter it before any workspace page. */
class SecondFactorGate extends OncePerRequestFilter {

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (SecurityContextHolder.getContext().getAuthentication() instanceof PendingSecondFactor
                && (path.equals("/app") || path.startsWith("/app/"))) {
            response.sendRedirect(request.getContextPath() + SignInSuccessHandler.SECOND_FACTOR_PAGE);
            return;
        }
        chain.doFilter(request, response);
    }
}
