package vn.hdndso.search;

import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import vn.hdndso.shared.CouncilId;

/**
 * Who searches, which decides what may be found: everyone finds public items; an account of a
 * council also finds that council's private items meant for its roles (a clerk finds the drafts, a
 * delegate does not); the city administrator finds everything. A People's Committee officer tied
 * to a unit also finds what is meant for that unit alone (the petition issues transferred to it).
 *
 * @param council the council whose private items may be found, or {@code null} for none
 * @param roles the account's roles ({@link vn.hdndso.identity.Role} names)
 * @param executiveUnit the People's Committee unit an executive officer is tied to, if any
 */
public record Viewer(
        boolean everything,
        @org.jspecify.annotations.Nullable CouncilId council,
        Set<String> roles,
        @org.jspecify.annotations.Nullable UUID executiveUnit) {

    public Viewer {
        roles = Set.copyOf(roles);
    }

    public static Viewer anonymous() {
        return new Viewer(false, null, Set.of(), null);
    }

    public static Viewer member(CouncilId council, Set<String> roles) {
        return new Viewer(false, council, roles, null);
    }

    /** An account of the council; an executive officer among its roles is tied to {@code unit}. */
    public static Viewer member(
            CouncilId council, Set<String> roles, @org.jspecify.annotations.Nullable UUID executiveUnit) {
        return new Viewer(false, council, roles, executiveUnit);
    }

    public static Viewer cityAdministrator() {
        return new Viewer(true, null, Set.of(), null);
    }

    /** The audience tokens (see {@link SearchItem#audience()}) this viewer belongs to. */
    public Set<String> audience() {
        var tokens = new HashSet<String>();
        tokens.add(SearchItem.PUBLIC);
        if (council != null) {
            tokens.add(council + ":" + SearchItem.ANY_ROLE);
            roles.forEach(r -> tokens.add(council + ":" + r));
            if (executiveUnit != null && roles.contains(SearchItem.EXECUTIVE_OFFICER)) {
                tokens.add(council + ":" + SearchItem.unitAudience(executiveUnit));
            }
        }
        return tokens;
    }
}
