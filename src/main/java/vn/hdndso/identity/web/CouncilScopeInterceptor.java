package vn.hdndso.identity.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;
import vn.hdndso.councils.Council;
import vn.hdndso.councils.Councils;
import vn.hdndso.identity.CurrentUser;
import vn.hdndso.shared.NotFoundException;
import vn.hdndso.shared.tenancy.Tenancy;
import vn.hdndso.shared.tenancy.TenantScope;

/**
 * Sets the tenant scope of every request that names a council ({@code {slug}} in its path).
 * Public pages always read as the public. In the staff workspace and the API, people who work
 * for the council get its staff scope; in the workspace everyone else gets 404, as if the council
 * had nothing there; in the API they read as the public and endpoints that need more answer 404.
 */
@Component
class CouncilScopeInterceptor implements HandlerInterceptor {

    private final Councils councils;

    CouncilScopeInterceptor(Councils councils) {
        this.councils = councils;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        String slug = slug(request);
        if (slug == null) {
            return true;
        }
        Council council =
                councils.findBySlug(slug).orElseThrow(() -> new NotFoundException("error.council.notFound", slug));
        String path = request.getRequestURI().substring(request.getContextPath().length());
        boolean workspace = path.startsWith("/app/");
        boolean machine = path.startsWith("/api/");
        Optional<CurrentUser> user = CurrentUser.get();
        boolean worksHere = user.map(u -> u.worksFor(council.id())).orElse(false);
        if (workspace && !worksHere) {
            throw new NotFoundException("error.council.notFound", slug);
        }
        Tenancy.enter(
                (workspace || machine) && worksHere
                        ? TenantScope.staffOf(council.id())
                        : TenantScope.publicOf(council.id()));
        return true;
    }

    @Override
    public void afterCompletion(
            HttpServletRequest request, HttpServletResponse response, Object handler, @Nullable Exception ex) {
        Tenancy.clear();
    }

    @SuppressWarnings("unchecked")
    private static @Nullable String slug(HttpServletRequest request) {
        Object variables = request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
        return variables instanceof Map<?, ?> map ? (String) ((Map<String, String>) map).get("slug") : null;
    }
}
