package vn.hdndso.oversight;

import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import vn.hdndso.identity.AccountAssignment;
import vn.hdndso.identity.Role;

/**
 * What a signed-in person may see and do in oversight, from their roles and their unit or committee.
 * The council office (council administrator, clerk; the city administrator) sees and manages all;
 * delegates, committee members and Front officers see all and take part; an executive officer with
 * no other role sees and answers only what is addressed to their own unit.
 */
public record Viewer(Set<Role> roles, AccountAssignment assignment) {

    public Viewer {
        roles = Set.copyOf(roles);
    }

    public boolean isOffice() {
        return roles.contains(Role.CITY_ADMIN) || roles.contains(Role.COUNCIL_ADMIN) || roles.contains(Role.CLERK);
    }

    /** An executive officer without any role of the council's own: bound to their unit. */
    public boolean isUnitBound() {
        return roles.contains(Role.EXECUTIVE_OFFICER)
                && !isOffice()
                && !roles.contains(Role.DELEGATE)
                && !roles.contains(Role.COMMITTEE_MEMBER)
                && !roles.contains(Role.FRONT_OFFICER);
    }

    /** Whether something addressed to {@code unit} (null: to an agency outside the units) is visible. */
    public boolean sees(@Nullable UUID unit) {
        return !isUnitBound() || (unit != null && unit.equals(assignment.executiveUnitId()));
    }

    /** Whether this person answers for {@code unit}: its officer, or the office recording the answer. */
    public boolean answersFor(@Nullable UUID unit) {
        if (isOffice()) {
            return true;
        }
        return roles.contains(Role.EXECUTIVE_OFFICER) && unit != null && unit.equals(assignment.executiveUnitId());
    }

    /** Whether this person works on the topics of the body {@code bodyId}: the office, or a member of that committee. */
    public boolean worksOnTopicsOf(UUID bodyId) {
        return isOffice() || (roles.contains(Role.COMMITTEE_MEMBER) && bodyId.equals(assignment.committeeId()));
    }
}
