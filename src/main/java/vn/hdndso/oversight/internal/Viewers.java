package vn.hdndso.oversight.internal;

import java.util.Set;
import org.springframework.stereotype.Component;
import vn.hdndso.identity.AccountAssignment;
import vn.hdndso.identity.AccountAssignments;
import vn.hdndso.identity.CurrentUser;
import vn.hdndso.identity.Role;
import vn.hdndso.oversight.OversightViewers;
import vn.hdndso.oversight.Viewer;
import vn.hdndso.shared.CouncilId;

/** The signed-in person as oversight sees them: roles, unit and committee in the council. */
@Component
class Viewers implements OversightViewers {

    private final AccountAssignments assignments;

    Viewers(AccountAssignments assignments) {
        this.assignments = assignments;
    }

    @Override
    public Viewer current(CouncilId council) {
        return CurrentUser.get()
                .filter(u -> u.worksFor(council))
                .map(u -> new Viewer(
                        u.roles(),
                        u.council().equals(council) ? assignments.of(council, u.id()) : AccountAssignment.NONE))
                .orElseGet(() -> new Viewer(Set.<Role>of(), AccountAssignment.NONE));
    }
}
