package vn.hdndso.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import vn.hdndso.shared.BusinessRuleException;
import vn.hdndso.shared.CouncilId;

class OutgoingDocumentUnitTest {

    static OutgoingDocument draft() {
        return draft(DocumentType.KE_HOACH, "TTHĐND", null, false);
    }

    static OutgoingDocument draft(DocumentType type, String issuer, @Nullable String unit, boolean normative) {
        return OutgoingDocument.newDraft(
                new CouncilId(UUID.randomUUID()),
                type,
                issuer,
                unit,
                normative,
                "Kế hoạch thử",
                "Nguyễn Văn A",
                "Chủ tịch",
                "Thường trực HĐND\nLưu: VT",
                new OutgoingDocument.Content("a".repeat(64), "a.pdf", 10),
                1,
                "văn thư",
                Instant.now(),
                false);
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

    @Test
    void issuesOnlyAnApprovedDocument() {
        assertThatThrownBy(() -> draft().requireIssuable())
                .isInstanceOf(BusinessRuleException.class)
                .hasMessage("documents.transition.issue");
        OutgoingDocument inReview = draft().submitForReview("văn thư");
        assertThatThrownBy(() -> inReview.issue(
                        new OutgoingDocument.Issue(
                                DocumentNumber.of(1, 2026, DocumentType.KE_HOACH, "TTHĐND"),
                                LocalDate.now(),
                                Instant.now()),
                        new OutgoingDocument.Content("b".repeat(64), "signed.pdf", 20)))
                .isInstanceOf(BusinessRuleException.class)
                .hasMessage("documents.transition.issue");
    }

    @Test
    void rejectsSubmittingADocumentThatIsAlreadyInReview() {
        OutgoingDocument inReview = draft().submitForReview("văn thư");
        assertThatThrownBy(() -> inReview.submitForReview("văn thư"))
                .isInstanceOf(BusinessRuleException.class)
                .hasMessage("documents.transition.submit");
    }

    @Test
    void approvesForIssueOnceAndKeepsAnEarlierApproval() {
        OutgoingDocument approved = draft().approveForIssue("chủ tịch", Instant.now());
        assertThat(approved.status()).isEqualTo(DocumentStatus.APPROVED);
        assertThat(approved.approvedBy()).isEqualTo("chủ tịch");
        assertThat(approved.approveForIssue("người khác", Instant.now())).isSameAs(approved);
    }

    @Test
    void rejectsARecallWithoutReason() {
        assertThatThrownBy(() -> issued().recall(" ", Instant.now()))
                .isInstanceOf(BusinessRuleException.class)
                .hasMessage("documents.recall.reasonRequired");
    }

    @Test
    void numbersANormativeResolutionInItsOwnSeriesWithTheYearWhenConfigured() {
        OutgoingDocument resolution = draft(DocumentType.NGHI_QUYET, "HĐND", null, true);
        assertThat(resolution.series()).isEqualTo("NORMATIVE");
        assertThat(resolution.numberFor(1, 2025, true).format()).isEqualTo("01/2025/NQ-HĐND");
        assertThat(resolution.numberFor(1, 2025, false).format()).isEqualTo("01/NQ-HĐND");
        OutgoingDocument ordinary = draft(DocumentType.NGHI_QUYET, "HĐND", null, false);
        assertThat(ordinary.series()).isEqualTo("REGULAR");
        assertThat(ordinary.numberFor(15, 2025, true).format()).isEqualTo("15/NQ-HĐND");
    }

    @Test
    void numbersAnOfficialLetterWithItsDraftingUnit() {
        OutgoingDocument letter = draft(DocumentType.CONG_VAN, "HĐND", "VP", false);
        assertThat(letter.numberFor(7, 2025, true).format()).isEqualTo("07/HĐND-VP");
    }
}
