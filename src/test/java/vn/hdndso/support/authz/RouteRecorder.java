package vn.hdndso.support.authz;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;
import org.springframework.web.filter.OncePerRequestFilter;
import vn.hdndso.councils.Councils;
import vn.hdndso.identity.CurrentUser;

/**
 * Notes, for the route catalogue, each request the tests make: the route it reached, who called
 * (the roles of the signed-in account and whether the council in the path is its own, or {@code
 * ANONYMOUS}, or {@code API_CLIENT} for an API key) and the status. Two filters: the outer one
 * (before everything) sees the final status of every request, also of those refused before a
 * controller; the inner one (after Spring Security) sees who signed in.
 */
@TestConfiguration(proxyBeanMethods = false)
public class RouteRecorder {

    private static final String CALLER = RouteRecorder.class.getName() + ".caller";

    @Bean
    FilterRegistrationBean<OncePerRequestFilter> routeRecorderOuter(ApplicationContext context) {
        var holder = new Object() {
            RouteTable table;
        };
        var filter = new OncePerRequestFilter() {
            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                    throws ServletException, IOException {
                try {
                    chain.doFilter(request, response);
                } finally {
                    if (holder.table == null) {
                        holder.table = RouteTable.of(context);
                    }
                    String path = request.getRequestURI()
                            .substring(request.getContextPath().length());
                    holder.table.match(request.getMethod(), path).ifPresent(match -> {
                        Object caller = request.getAttribute(CALLER);
                        RouteObservations.note(
                                match.route(),
                                caller instanceof String s ? s : beforeSignIn(request),
                                response.getStatus());
                    });
                }
            }
        };
        var registration = new FilterRegistrationBean<OncePerRequestFilter>(filter);
        registration.setName("routeRecorderOuter");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }

    @Bean
    FilterRegistrationBean<OncePerRequestFilter> routeRecorderInner(Councils councils) {
        var filter = new OncePerRequestFilter() {
            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                    throws ServletException, IOException {
                request.setAttribute(CALLER, caller(request, councils));
                chain.doFilter(request, response);
            }
        };
        var registration = new FilterRegistrationBean<OncePerRequestFilter>(filter);
        registration.setName("routeRecorderInner");
        registration.setOrder(Ordered.LOWEST_PRECEDENCE);
        return registration;
    }

    /** A request stopped before Spring Security let it through: by its credentials. */
    private static String beforeSignIn(HttpServletRequest request) {
        String authorization = request.getHeader("Authorization");
        if (authorization == null) {
            return "ANONYMOUS";
        }
        return authorization.regionMatches(true, 0, "Bearer ", 0, 7) ? "API_CLIENT" : "REFUSED_CREDENTIALS";
    }

    private static String caller(HttpServletRequest request, Councils councils) {
        String authorization = request.getHeader("Authorization");
        boolean apiKey = authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7);
        Optional<CurrentUser> user = CurrentUser.get();
        if (user.isEmpty()) {
            return apiKey ? "API_CLIENT" : "ANONYMOUS";
        }
        String roles = apiKey
                ? "API_CLIENT"
                : new TreeSet<>(user.get().roles().stream().map(Enum::name).toList())
                        .stream().collect(Collectors.joining("+"));
        String slug = slugOf(request.getRequestURI());
        if (slug == null || user.get().isCityAdmin()) {
            return roles;
        }
        boolean own = councils.findBySlug(slug)
                .map(council -> council.id().equals(user.get().council()))
                .orElse(true);
        return own ? roles : roles + "@OTHER_COUNCIL";
    }

    /** The council named in the path: {@code /api/v1/councils/{slug}/…}, {@code /app/councils/{slug}/…}, {@code /{slug}/…}. */
    private static String slugOf(String uri) {
        String[] segments = uri.split("/");
        for (int i = 0; i + 1 < segments.length; i++) {
            if (segments[i].equals("councils")) {
                return segments[i + 1];
            }
        }
        return segments.length > 1 && segments[1].matches("[a-z0-9]+(-[a-z0-9]+)+") ? segments[1] : null;
    }
}
