package vn.hdndso.search;

import java.util.Set;
import vn.hdndso.shared.InvalidInputException;

/**
 * One search over everything the index holds (documents today; sessions, petitions and answers as
 * their sources are added), for the public, a council's staff and the city administrator. What a
 * viewer may not see is filtered inside the index query, so it is neither listed nor counted.
 */
public interface Search {

    /** The item types that can be found (filter values). */
    Set<String> types();

    /**
     * Searches. Bad input (unknown type or council, a query longer than {@value
     * SearchRequest#MAX_QUERY_LENGTH} characters, a page beyond the reachable results) is
     * reported as {@link InvalidInputException} naming the parameter.
     */
    SearchResults search(SearchRequest request, Viewer viewer);
}
