package vn.hdndso.councils;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import vn.hdndso.shared.CouncilId;

/**
 * The legislative terms of a council. Terms do not overlap, and exactly one is current once the
 * council has any; switching happens in one transaction with the council's terms locked.
 */
public interface Terms {

    /** The council's terms, newest first. */
    List<Term> of(CouncilId council);

    Optional<Term> current(CouncilId council);

    Term require(CouncilId council, UUID id);

    /**
     * Adds a term with its standing committee. The council's first term becomes current at once;
     * a later one waits until it is made current.
     */
    Term create(CouncilId council, NewTerm draft);

    /** Makes a term the council's current one; the previous current term stops being current. */
    Term makeCurrent(CouncilId council, UUID termId);
}
