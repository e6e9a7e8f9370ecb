package vn.hdndso.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import vn.hdndso.councils.Councils;
import vn.hdndso.shared.CouncilId;
import vn.hdndso.shared.PublicContentChanged;
import vn.hdndso.shared.VnTime;
import vn.hdndso.shared.tenancy.Tenancy;
import vn.hdndso.shared.tenancy.TenantScope;
import vn.hdndso.support.IntegrationTest;

/** Issuing and recalling change what the public sees; drafts and incoming documents do not. */
@IntegrationTest
@RecordApplicationEvents
class PublicContentChangedIntegrationTest {

    @Autowired
    OutgoingDocuments outgoing;

    @Autowired
    IncomingDocuments incoming;

    @Autowired
    Councils councils;

    @Autowired
    ApplicationEvents events;

    @Test
    void issuingAndRecallingADocumentChangeTheCouncilsPublicDocuments() {
        CouncilId council = councils.requireBySlug("lac-phuong").id();
        String subject = "Kế hoạch công khai " + System.nanoTime();
        var metadata = new NewOutgoingDocument(
                "KH", "TTHĐND", null, false, subject, "Bùi Văn Dũng", "Chủ tịch HĐND", "Lưu: VT");
        OutgoingDocument draft = Tenancy.call(
                TenantScope.staffOf(council),
                () -> outgoing.createDraft(council, metadata, "du-thao.pdf", TestPdfs.plan(subject, 1)));
        assertThat(events.stream(PublicContentChanged.class)).isEmpty();

        Tenancy.call(TenantScope.staffOf(council), () -> outgoing.approveAndIssue(council, draft.id()));
        assertThat(events.stream(PublicContentChanged.class))
                .containsExactly(new PublicContentChanged(council, PublicContentChanged.DOCUMENTS));

        events.clear();
        Tenancy.call(TenantScope.staffOf(council), () -> outgoing.recall(council, draft.id(), "Sai sót về nội dung"));
        assertThat(events.stream(PublicContentChanged.class))
                .containsExactly(new PublicContentChanged(council, PublicContentChanged.DOCUMENTS));
    }

    @Test
    void registeringAnIncomingDocumentChangesNothingPublic() {
        CouncilId council = councils.requireBySlug("lac-phuong").id();
        String subject = "Tờ trình đến " + System.nanoTime();
        LocalDate today = LocalDate.now(VnTime.ZONE);
        var document = new NewIncomingDocument(
                today,
                "UBND xã Lạc Phượng",
                System.nanoTime() % 1000 + "/TTr-UBND",
                today,
                "TTr",
                subject,
                null,
                false);
        Tenancy.call(
                TenantScope.staffOf(council),
                () -> incoming.register(council, document, "to-trinh.pdf", TestPdfs.plan(subject, 1)));
        assertThat(events.stream(DocumentReceived.class)).hasSize(1);
        assertThat(events.stream(PublicContentChanged.class)).isEmpty();
    }
}
