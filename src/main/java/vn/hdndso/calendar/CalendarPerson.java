package vn.hdndso.calendar;

import java.util.Objects;
import org.jspecify.annotations.Nullable;
import vn.hdndso.councils.DelegateId;
import vn.hdndso.identity.AccountAssignment;
import vn.hdndso.identity.CurrentUser;
import vn.hdndso.identity.Role;
import vn.hdndso.shared.CouncilId;

/**
 * Whose work calendar it is: the account with its roles, the delegate it is (if any), its People's
 * Committee unit and committee, in one council. The same for the calendar page (the signed-in
 * person) and the personal feed (the token's account, with nobody signed in).
 *
 * @param councilSlug for the entries' workspace addresses
 */
public record CalendarPerson(
        CurrentUser account,
        CouncilId council,
        String councilSlug,
        AccountAssignment assignment,
        @Nullable DelegateId delegate) {

    public CalendarPerson {
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(council, "council");
        Objects.requireNonNull(councilSlug, "councilSlug");
        Objects.requireNonNull(assignment, "assignment");
    }

    public boolean has(Role role) {
        return account.has(role);
    }

    /** The council office: administrators and clerks (and the city administrator). */
    public boolean office() {
        return account.isCityAdmin() || has(Role.COUNCIL_ADMIN) || has(Role.CLERK);
    }

    /** The standing committee (or the city administrator, who acts as it). */
    public boolean chair() {
        return account.isCityAdmin() || has(Role.COUNCIL_ADMIN);
    }

    /** The workspace address of a page of this council, from its path below the council. */
    public String href(String path) {
        return "/app/councils/" + councilSlug + (path.startsWith("/") || path.startsWith("#") ? "" : "/") + path;
    }
}
