package vn.hdndso.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.hdndso.shared.BusinessRuleException;
import vn.hdndso.shared.CouncilId;

class OutgoingDocumentUnitTest {

    static OutgoingDocument draft() {
        return new OutgoingDocument(
                DocumentId.random(),
                new CouncilId(UUID.randomUUID()),
                DocumentType.KE_HOACH,
                "TTHĐND",
                null,
                false,
                "Kế hoạch thử",
                "Nguyễn Văn A",
                "Chủ tịch",
                "Thường trực HĐND\nLưu: VT",
                DocumentStatus.DRAFT,
                new OutgoingDocument.Content("a".repeat(64), "a.pdf", 10),
                1,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                false,
                "văn thư",
                Instant.now());
    }

    static OutgoingDocument issued() {
        return draft().approveForIssue("chủ tịch", Instant.now())
                .issue(
                        new OutgoingDocument.Issue(
                                DocumentNumber.of(1, 2026, DocumentType.KE_HOACH, "TTHĐND"),
                                LocalDate.now(),
                                Instant.now()),
                        new OutgoingDocument.Content("b".repeat(64), "signed.pdf", 20));
    }

    @Test
    void goesFromDraftThroughReviewAndApprovalToIssueAndRecall() {
        OutgoingDocument d = draft().submitForReview("văn thư");
        assertThat(d.status()).isEqualTo(DocumentStatus.IN_REVIEW);
        d = d.approve("chủ tịch", Instant.now());
        assertThat(d.status()).isEqualTo(DocumentStatus.APPROVED);
        assertThat(d.approvedBy()).isEqualTo("chủ tịch");
        d = d.issue(
                new OutgoingDocument.Issue(
                        DocumentNumber.of(3, 2026, DocumentType.KE_HOACH, "TTHĐND"), LocalDate.now(), Instant.now()),
                new OutgoingDocument.Content("b".repeat(64), "signed.pdf", 20));
        assertThat(d.status()).isEqualTo(DocumentStatus.ISSUED);
        assertThat(d.numberSymbol()).isEqualTo("03/KH-TTHĐND");
        d = d.recall("Sai sót về nội dung", Instant.now());
        assertThat(d.status()).isEqualTo(DocumentStatus.RECALLED);
        assertThat(d.recipientList()).containsExactly("Thường trực HĐND", "Lưu: VT");
    }

    @Test
    void rejectsApprovingADraftThatWasNotReviewed() {
        assertThatThrownBy(() -> draft().approve("chủ tịch", Instant.now()))
                .isInstanceOf(BusinessRuleException.class)
                .hasMessage("documents.transition.approve");
    }

    @Test
    void rejectsIssuingADocumentTwice() {
        assertThatThrownBy(() -> issued().requireIssuable())
                .isInstanceOf(BusinessRuleException.class)
                .hasMessage("documents.transition.issue");
        assertThatThrownBy(() -> issued().approveForIssue("x", Instant.now()))
                .isInstanceOf(BusinessRuleException.class);
    }

    @Test
    void freezesARecalledDocument() {
        OutgoingDocument recalled = issued().recall("Thay thế", Instant.now());
        assertThatThrownBy(() -> recalled.recall("lại", Instant.now()))
                .isInstanceOf(BusinessRuleException.class)
                .hasMessage("documents.transition.recalled");
        assertThatThrownBy(() -> recalled.submitForReview("x"))
                .isInstanceOf(BusinessRuleException.class)
                .hasMessage("documents.transition.recalled");
    }

    @Test
    void rejectsRecallingADraft() {
        assertThatThrownBy(() -> draft().recall("lý do", Instant.now()))
                .isInstanceOf(BusinessRuleException.class)
                .hasMessage("documents.transition.recall");
    }
}
