package vn.hdndso.councils;

import java.util.List;
import java.util.Optional;
import vn.hdndso.shared.CouncilId;

/**
 * The councils of this installation. The list is public and changes only when councils are
 * registered, so it is held in memory and refreshed periodically (other instances register too).
 */
public interface Councils {

    /** Every council: the province's own first, then by name. */
    List<Council> all();

    Optional<Council> findBySlug(String slug);

    Optional<Council> findById(CouncilId id);

    Council requireBySlug(String slug);

    Council require(CouncilId id);

    /** Councils whose name or code matches every word of the query, with or without diacritics. */
    List<Council> search(String query);

    /** The province (or city) council of this installation, once registered. */
    Optional<Council> provincial();

    /** Re-reads the list after councils were registered. */
    void refresh();
}
