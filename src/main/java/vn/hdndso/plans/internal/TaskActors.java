package vn.hdndso.plans.internal;

import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Component;
import vn.hdndso.councils.BodyKind;
import vn.hdndso.councils.BodySeat;
import vn.hdndso.councils.Delegate;
import vn.hdndso.councils.Memberships;
import vn.hdndso.identity.CurrentUser;
import vn.hdndso.identity.Role;
import vn.hdndso.shared.CouncilId;
import vn.hdndso.shared.tenancy.Tenancy;
import vn.hdndso.shared.tenancy.TenantScope;

/**
 * Who the caller is to a council's tasks: the office, a holder of some bodies' tasks through the
 * delegate's seats, or nobody outside the council's staff scope.
 */
@Component
class TaskActors {

    private final TaskBodies bodies;
    private final Memberships memberships;

    TaskActors(TaskBodies bodies, Memberships memberships) {
        this.bodies = bodies;
        this.memberships = memberships;
    }

    /** The signed-in user as an actor on the council's tasks; nobody outside the council's staff scope. */
    TaskActor actor(CouncilId council) {
        CurrentUser user = CurrentUser.get().orElse(null);
        if (user == null && isSystem() && staffScopeOf(council)) {
            return TaskActor.SYSTEM;
        }
        if (user == null || !staffScopeOf(council) || !user.worksFor(council)) {
            return TaskActor.NOBODY;
        }
        return of(council, user);
    }

    /** {@code user} as an actor on the council's tasks, whoever is signed in (a personal calendar feed). */
    TaskActor of(CouncilId council, CurrentUser user) {
        UUID userId = user.id().value();
        Delegate delegate = bodies.delegateOf(council, userId).orElse(null);
        Set<UUID> bodyIds = new HashSet<>();
        Set<BodyKind> kinds = new HashSet<>();
        if (delegate != null) {
            for (BodySeat seat : memberships.ofDelegate(council, delegate.id())) {
                bodyIds.add(seat.body().id());
                kinds.add(seat.body().kind());
            }
        }
        return new TaskActor(
                isOffice(user, council),
                userId,
                user.roles(),
                delegate == null ? null : delegate.id().value(),
                bodyIds,
                kinds);
    }

    /** Whether the caller acts for the council office (clerk, council or city administrator, or work no request started). */
    boolean isOffice(CouncilId council) {
        if (CurrentUser.get().isEmpty() && isSystem()) {
            return staffScopeOf(council);
        }
        return CurrentUser.get().filter(u -> isOffice(u, council)).isPresent();
    }

    /** Work no request started (start-up, scheduled jobs), in a council's staff scope: acts as its office. */
    private static boolean isSystem() {
        return org.springframework.web.context.request.RequestContextHolder.getRequestAttributes() == null;
    }

    private static boolean isOffice(CurrentUser user, CouncilId council) {
        return staffScopeOf(council)
                && user.worksFor(council)
                && (user.isCityAdmin() || user.has(Role.COUNCIL_ADMIN) || user.has(Role.CLERK));
    }

    private static boolean staffScopeOf(CouncilId council) {
        return Tenancy.current() instanceof TenantScope.StaffCouncil staff
                && staff.council().equals(council);
    }
}
