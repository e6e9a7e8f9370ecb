package vn.hdndso.identity;

import java.util.Arrays;
import org.springframework.stereotype.Component;
import vn.hdndso.shared.tenancy.Tenancy;
import vn.hdndso.shared.tenancy.TenantScope;

/**
 * The check endpoints state in {@code @PreAuthorize("@councilAccess.has('CLERK')")}: the caller
 * works for the council in the request's scope and holds one of the roles (the city
 * administrator holds them all). Denied inside another council's scope answers 404.
 */
@Component("councilAccess")
public class CouncilAccess {

    public boolean has(String... roles) {
        if (!(Tenancy.current() instanceof TenantScope.StaffCouncil staff)) {
            return false;
        }
        return CurrentUser.get()
                .filter(u -> u.worksFor(staff.council()))
                .map(u -> u.isCityAdmin()
                        || Arrays.stream(roles).map(Role::valueOf).anyMatch(u::has))
                .orElse(false);
    }

    /** Any account of the council, whatever its role. */
    public boolean member() {
        return Tenancy.current() instanceof TenantScope.StaffCouncil staff
                && CurrentUser.get().filter(u -> u.worksFor(staff.council())).isPresent();
    }
}
