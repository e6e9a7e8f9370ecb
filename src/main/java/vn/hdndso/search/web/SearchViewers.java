package vn.hdndso.search.web;

import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import vn.hdndso.identity.AccountAssignments;
import vn.hdndso.identity.CurrentUser;
import vn.hdndso.identity.Role;
import vn.hdndso.search.Viewer;
import vn.hdndso.shared.tenancy.Tenancy;
import vn.hdndso.shared.tenancy.TenantScope;

/**
 * The viewer of the current request: the public, an account of a council (an executive officer
 * with the People's Committee unit it is tied to), or the city administrator.
 */
@Component
class SearchViewers {

    private final AccountAssignments assignments;

    SearchViewers(AccountAssignments assignments) {
        this.assignments = assignments;
    }

    Viewer current() {
        return CurrentUser.get().map(this::of).orElse(Viewer.anonymous());
    }

    private Viewer of(CurrentUser user) {
        if (user.isCityAdmin()) {
            return Viewer.cityAdministrator();
        }
        var roles = user.roles().stream().map(Role::name).collect(Collectors.toSet());
        if (!user.has(Role.EXECUTIVE_OFFICER)) {
            return Viewer.member(user.council(), roles);
        }
        // the search answers in the public scope of its request: the assignment is the council's own data
        var assignment =
                Tenancy.call(TenantScope.staffOf(user.council()), () -> assignments.ofCurrentUser(user.council()));
        return Viewer.member(user.council(), roles, assignment.executiveUnitId());
    }
}
