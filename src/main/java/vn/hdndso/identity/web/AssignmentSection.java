package vn.hdndso.identity.web;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import vn.hdndso.councils.BodyKind;
import vn.hdndso.councils.Council;
import vn.hdndso.councils.CouncilBodies;
import vn.hdndso.councils.ExecutiveUnit;
import vn.hdndso.councils.ExecutiveUnits;
import vn.hdndso.identity.AccountAssignments;
import vn.hdndso.identity.UserId;

/** The account page's "works for" section: the unit of an officer, the committee of a committee member. */
@Component
class AssignmentSection {

    private final AccountAssignments assignments;
    private final ExecutiveUnits units;
    private final CouncilBodies bodies;

    AssignmentSection(AccountAssignments assignments, ExecutiveUnits units, CouncilBodies bodies) {
        this.assignments = assignments;
        this.units = units;
        this.bodies = bodies;
    }

    void addTo(Council council, UserId id, Model model) {
        model.addAttribute("assignment", assignments.of(council.id(), id));
        model.addAttribute(
                "unitChoices",
                units.of(council.id()).stream().filter(ExecutiveUnit::active).toList());
        model.addAttribute(
                "committeeChoices",
                bodies.ofCurrentTerm(council.id()).stream()
                        .filter(b -> b.kind() == BodyKind.COMMITTEE)
                        .toList());
    }
}
