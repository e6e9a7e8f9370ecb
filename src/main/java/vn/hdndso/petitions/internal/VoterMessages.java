package vn.hdndso.petitions.internal;

import java.util.UUID;
import org.springframework.stereotype.Component;
import vn.hdndso.councils.Councils;
import vn.hdndso.petitions.Petition;
import vn.hdndso.shared.CouncilId;

/** The texts sent to voters about their petitions (SMS or e-mail through the outbox). */
@Component
class VoterMessages {

    private final VoterNotifications notifications;
    private final PetitionRepository petitions;
    private final Councils councils;

    VoterMessages(VoterNotifications notifications, PetitionRepository petitions, Councils councils) {
        this.notifications = notifications;
        this.petitions = petitions;
        this.councils = councils;
    }

    /** The tracking code, to a voter who left a contact. */
    void received(Petition petition) {
        String contact = petition.contact();
        if (contact == null) {
            return;
        }
        notifications.send(
                petition.council(),
                petition.id(),
                petition.issueId(),
                VoterNotifications.Kind.RECEIVED,
                contact,
                "HĐND " + councils.require(petition.council()).name()
                        + " đã tiếp nhận kiến nghị của Ông/Bà. Mã tra cứu: "
                        + TrackingCodes.display(petition.trackingCode()) + ".");
    }

    /** The issue was answered: each voter with a contact is told. */
    void answered(CouncilId council, UUID issueId) {
        toVotersOf(
                council,
                issueId,
                VoterNotifications.Kind.ANSWERED,
                "đã được cơ quan có thẩm quyền trả lời; kết quả sẽ được công khai trên trang của HĐND.");
    }

    /** The answer was published: each voter with a contact is told where to read it. */
    void published(CouncilId council, UUID issueId) {
        toVotersOf(
                council,
                issueId,
                VoterNotifications.Kind.PUBLISHED,
                "đã có câu trả lời công khai. Tra cứu bằng mã của Ông/Bà trên trang của HĐND.");
    }

    private void toVotersOf(CouncilId council, UUID issueId, VoterNotifications.Kind kind, String what) {
        for (Petition p : petitions.ofIssue(council, issueId)) {
            String contact = p.contact();
            if (contact != null) {
                notifications.send(
                        council,
                        p.id(),
                        issueId,
                        kind,
                        contact,
                        "Kiến nghị mã " + TrackingCodes.display(p.trackingCode()) + " " + what);
            }
        }
    }
}
