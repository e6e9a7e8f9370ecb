package vn.hdndso.identity.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.web.filter.OncePerRequestFilter;
import vn.hdndso.shared.web.AddressRanges;

/**
 * The metrics ({@code /actuator/prometheus}) answer only clients within {@code hdnd.metrics.allowed}
 * (by default the machine itself); anyone else is told there is nothing there. The client address
 * is the one {@code ClientAddressFilter} decided, so a forwarded header cannot claim a permitted one.
 */
class MetricsAddressGate extends OncePerRequestFilter {

    private final AddressRanges allowed;

    MetricsAddressGate(AddressRanges allowed) {
        this.allowed = allowed;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return !(path.equals("/actuator/prometheus") || path.startsWith("/actuator/prometheus/"));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!allowed.contains(request.getRemoteAddr())) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        chain.doFilter(request, response);
    }
}
