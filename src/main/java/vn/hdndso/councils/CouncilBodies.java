package vn.hdndso.councils;

import java.util.List;
import java.util.UUID;
import vn.hdndso.shared.CouncilId;

/**
 * The standing committee, committees and delegate groups of a council's current term: created,
 * renamed, put in order and deleted while nobody sits in them. Seats are kept by {@link Memberships}.
 */
public interface CouncilBodies {

    /** The bodies of the current term: standing committee, committees, delegate groups, each in order. */
    List<CouncilBody> ofCurrentTerm(CouncilId council);

    CouncilBody require(CouncilId council, UUID id);

    /** Adds a committee or a delegate group to the current term, after the others of its kind. */
    CouncilBody create(CouncilId council, BodyKind kind, BodyDetails details);

    /** Renames a body, or changes its symbol or description. */
    CouncilBody update(CouncilId council, UUID id, BodyDetails details);

    /** Deletes a committee or delegate group in which nobody sits. */
    void delete(CouncilId council, UUID id);

    /** Moves a body one place up or down among the bodies of its kind; at either end nothing moves. */
    void move(CouncilId council, UUID id, Direction direction);

    /** Which way a body moves in the list of its kind. */
    enum Direction {
        UP,
        DOWN
    }
}
