package vn.hdndso.petitions.internal;

import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Component;
import vn.hdndso.identity.AccountAssignments;
import vn.hdndso.identity.CurrentUser;
import vn.hdndso.identity.Role;
import vn.hdndso.shared.CouncilId;

/**
 * The People's Committee unit a signed-in executive officer is bound to: such an officer (with no
 * role of the council's own) sees and answers only the issues transferred to that unit; an officer
 * tied to no unit sees none. Everyone else is not bound.
 */
@Component
class OfficerUnits {

    /** Matches no unit: what an officer tied to none is bound to. */
    static final UUID NO_UNIT = new UUID(0, 0);

    private static final Set<Role> COUNCIL_ROLES = Set.of(
            Role.CITY_ADMIN, Role.COUNCIL_ADMIN, Role.CLERK, Role.DELEGATE, Role.COMMITTEE_MEMBER, Role.FRONT_OFFICER);

    private final AccountAssignments assignments;

    OfficerUnits(AccountAssignments assignments) {
        this.assignments = assignments;
    }

    Optional<UUID> boundUnit(CouncilId council) {
        return CurrentUser.get().flatMap(u -> boundUnit(u, council));
    }

    /** The unit {@code user} is bound to in {@code council}, if they are a unit-bound officer. */
    Optional<UUID> boundUnit(CurrentUser user, CouncilId council) {
        return Optional.of(user)
                .filter(u -> u.has(Role.EXECUTIVE_OFFICER))
                .filter(u -> u.roles().stream().noneMatch(COUNCIL_ROLES::contains))
                .map(u -> {
                    UUID unit = u.council().equals(council)
                            ? assignments.of(council, u.id()).executiveUnitId()
                            : null;
                    return unit == null ? NO_UNIT : unit;
                });
    }
}
