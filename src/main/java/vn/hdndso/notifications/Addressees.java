package vn.hdndso.notifications;

import java.util.List;
import java.util.UUID;
import vn.hdndso.councils.Delegate;
import vn.hdndso.shared.CouncilId;

/**
 * Who is reached when a notice is for a delegate, a unit of the People's Committee or a body of the
 * council — the one place that knows it, so that sessions, oversight, plans and reports address
 * their notices alike. Call it inside the transaction that queues the notices (contacts are read
 * there, and the reads of personal contacts are audited).
 */
public interface Addressees {

    /**
     * A delegate: their account (their own channels and language) if they have one; otherwise the
     * e-mail address, or failing that the mobile phone, on their delegate record — none when the
     * record holds neither.
     */
    List<Addressee> ofDelegate(CouncilId council, Delegate delegate);

    /**
     * A unit of the People's Committee: the enabled accounts of its officers (executive officers
     * assigned to it), and the unit's own e-mail address or, failing that, its phone.
     */
    List<Addressee> ofExecutiveUnit(CouncilId council, UUID unitId);

    /** A body of the council (standing committee, a committee, a delegate group): each of its members. */
    List<Addressee> ofCouncilBody(CouncilId council, UUID bodyId);
}
