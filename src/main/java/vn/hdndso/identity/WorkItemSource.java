package vn.hdndso.identity;

import java.time.LocalDate;
import java.util.List;
import vn.hdndso.shared.CouncilId;

/**
 * A module's contribution to each person's home page ("Việc của tôi"): the items of its own work
 * that the signed-in person has to do in a council, by their roles. Each module that gives people
 * work implements it with a Spring bean in its {@code internal} package; the home asks them all, so
 * a new module plugs in without the home knowing it. Called in the council's staff scope.
 */
public interface WorkItemSource {

    /** The items of this source for the person, in any order; the home sorts them by deadline. */
    List<WorkItem> itemsFor(Context context);

    /**
     * Whose home it is and where.
     *
     * @param councilSlug for the items' addresses
     * @param today the day in Vietnam
     */
    record Context(CurrentUser user, CouncilId council, String councilSlug, LocalDate today) {

        /** The council office: its administrators and clerks (and the city administrator). */
        public boolean office() {
            return user.isCityAdmin() || user.has(Role.COUNCIL_ADMIN) || user.has(Role.CLERK);
        }

        public boolean has(Role role) {
            return user.has(role);
        }

        /** The standing committee (or the city administrator, who acts as it). */
        public boolean chair() {
            return user.isCityAdmin() || user.has(Role.COUNCIL_ADMIN);
        }

        /** The clerk (or the city administrator, who acts as one). */
        public boolean clerk() {
            return user.isCityAdmin() || user.has(Role.CLERK);
        }
    }
}
