package vn.hdndso.petitions.internal;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Component;
import vn.hdndso.councils.Councils;
import vn.hdndso.notifications.Notice;
import vn.hdndso.notifications.Outbox;
import vn.hdndso.notifications.VoterContact;
import vn.hdndso.petitions.Petition;
import vn.hdndso.shared.CouncilId;

/** The texts sent to voters about their petitions (SMS or e-mail through the outbox). */
@Component
class VoterMessages {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final VoterNotifications notifications;
    private final Outbox outbox;
    private final PetitionRepository petitions;
    private final Councils councils;

    VoterMessages(VoterNotifications notifications, Outbox outbox, PetitionRepository petitions, Councils councils) {
        this.notifications = notifications;
        this.outbox = outbox;
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
                        + TrackingCodes.display(petition.trackingCode()) + ".",
                List.of(councils.require(petition.council()).name(), TrackingCodes.display(petition.trackingCode())),
                petition.consentAt() != null);
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

    /** The issue was transferred to the competent body: each voter who consented is told where and by when. */
    void transferred(CouncilId council, UUID issueId, String body, LocalDate due) {
        String councilName = councils.require(council).name();
        for (Petition p : petitions.ofIssue(council, issueId)) {
            if (p.consentAt() == null) {
                continue;
            }
            String code = TrackingCodes.display(p.trackingCode());
            VoterContact.of(p.contact())
                    .ifPresent(contact -> outbox.queue(new Notice(
                            council,
                            contact,
                            "petition-transferred",
                            List.of(councilName, code, body, DAY.format(due)),
                            null,
                            "petition:TRANSFERRED:" + p.id() + ":" + issueId + ":" + due)));
        }
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
                        "Kiến nghị mã " + TrackingCodes.display(p.trackingCode()) + " " + what,
                        List.of(councils.require(council).name(), TrackingCodes.display(p.trackingCode())),
                        p.consentAt() != null);
            }
        }
    }
}
