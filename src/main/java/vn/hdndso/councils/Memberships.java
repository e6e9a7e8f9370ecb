package vn.hdndso.councils;

import java.util.List;
import java.util.UUID;
import vn.hdndso.shared.CouncilId;

/**
 * Who sits where: a delegate of the body's term holds one seat per body, with a role that suits
 * the kind of body, and a body has one chair or group head at a time.
 */
public interface Memberships {

    /** The seats held now in the current term's bodies, body by body. */
    List<BodySeat> ofCurrentTerm(CouncilId council);

    /** Who sits in a body now, leading roles first. */
    List<BodySeat> ofBody(CouncilId council, UUID bodyId);

    /** The seats a delegate holds now, body by body. */
    List<BodySeat> ofDelegate(CouncilId council, DelegateId delegateId);

    /** Seats a delegate in a body. */
    Membership add(CouncilId council, UUID bodyId, DelegateId delegateId, MembershipRole role);

    /** Takes a delegate's seat in a body away. */
    void remove(CouncilId council, UUID bodyId, DelegateId delegateId);
}
