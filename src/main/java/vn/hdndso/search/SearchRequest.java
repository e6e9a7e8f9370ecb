package vn.hdndso.search;

import org.jspecify.annotations.Nullable;

/**
 * What someone searches for. Values are checked by {@link Search#search}: a bad one is reported
 * as an {@link vn.hdndso.shared.InvalidInputException} naming its parameter.
 *
 * @param q the words typed; words in double quotes must appear together; empty lists the newest
 * @param council a council's slug, or {@code null} for all councils
 * @param type an item type ({@code document}, ...), or {@code null} for all
 * @param year a year of the items' dates, or {@code null}
 * @param field a field (lĩnh vực / kind) exactly as the facet names it, or {@code null}
 * @param page 1-based page
 * @param size results per page, 1 to {@link #MAX_SIZE}
 */
public record SearchRequest(
        @Nullable String q,
        @Nullable String council,
        @Nullable String type,
        @Nullable Integer year,
        @Nullable String field,
        int page,
        int size) {

    public static final int DEFAULT_SIZE = 10;
    public static final int MAX_SIZE = 50;
    public static final int MAX_QUERY_LENGTH = 500;
    /** Results beyond this rank are not paged to (refine the query instead). */
    public static final int MAX_RESULTS = 1000;

    public static SearchRequest of(String q) {
        return new SearchRequest(q, null, null, null, null, 1, DEFAULT_SIZE);
    }
}
