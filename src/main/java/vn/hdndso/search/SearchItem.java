package vn.hdndso.search;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import vn.hdndso.shared.CouncilId;

/**
 * One thing the search finds: a document, a session, a petition, ... as a source hands it to the
 * index. The index is a projection: every item can be made again from its module's data.
 *
 * @param type the kind of item ({@code document}, {@code incoming}, ...), a filter value
 * @param id the item's id within its type
 * @param title what a result shows as its heading (e.g. "Kế hoạch 02/KH-TTHĐND: ...")
 * @param text the full text searched and quoted in snippets
 * @param date the item's date (issue date, meeting day), for the year filter and sorting
 * @param field the item's field (lĩnh vực) or kind within its type, a filter value
 * @param isPublic whether anyone may find it; otherwise only the council's own staff
 * @param staffRoles for a private item, the roles ({@link vn.hdndso.identity.Role} names) of the
 *     council's accounts that may find it; empty means any account of the council
 * @param url where the item is shown: a public page for public items, the workspace otherwise
 */
public record SearchItem(
        String type,
        String id,
        CouncilId council,
        String title,
        String text,
        @Nullable LocalDate date,
        @Nullable String field,
        boolean isPublic,
        Set<String> staffRoles,
        String url) {

    public SearchItem {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(council, "council");
        Objects.requireNonNull(title, "title");
        text = text == null ? "" : text;
        Objects.requireNonNull(url, "url");
        staffRoles = isPublic ? Set.of() : Set.copyOf(staffRoles);
    }

    /** The item's key in the index: type and id. */
    public String key() {
        return key(type, id);
    }

    /**
     * Who may find it, as index tokens: {@code public}, or {@code <council>:<ROLE>} per role
     * ({@code <council>:*} for any account of the council).
     */
    public Set<String> audience() {
        if (isPublic) {
            return Set.of(PUBLIC);
        }
        if (staffRoles.isEmpty()) {
            return Set.of(council + ":" + ANY_ROLE);
        }
        return staffRoles.stream().map(r -> council + ":" + r).collect(java.util.stream.Collectors.toSet());
    }

    public static final String PUBLIC = "public";

    /** The executive officer's role name, which {@link #unitAudience} narrows to one unit. */
    public static final String EXECUTIVE_OFFICER = "EXECUTIVE_OFFICER";

    /**
     * The staff "role" of the executive officers tied to one People's Committee unit, for items meant
     * for that unit alone (a petition issue transferred to it), to put in {@link #staffRoles()}.
     */
    public static String unitAudience(java.util.UUID unit) {
        return EXECUTIVE_OFFICER + "@" + unit;
    }

    public static final String ANY_ROLE = "*";

    public static String key(String type, String id) {
        return type + ":" + id;
    }
}
