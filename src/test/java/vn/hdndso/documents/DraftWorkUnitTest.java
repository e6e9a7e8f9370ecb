package vn.hdndso.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import vn.hdndso.shared.BusinessRuleException;

/** A draft as work in progress: edit, replace the file, return with a comment, withdraw; visibility. */
class DraftWorkUnitTest {

    private static final OutgoingDocument.Content V2 = new OutgoingDocument.Content("c".repeat(64), "b.pdf", 30);

    private static OutgoingDocument.Details details(DocumentType type, boolean normative, boolean restricted) {
        return new OutgoingDocument.Details(
                type, "HĐND", null, normative, "Nghị quyết mới", "Trần Thị B", "Chủ tịch HĐND", "Lưu: VT", restricted);
    }

    @Test
    void aDraftIsEditedAndItsFileReplacedAsTheNextVersion() {
        OutgoingDocument draft = OutgoingDocumentUnitTest.draft();
        assertThat(draft.version()).isEqualTo(1);
        OutgoingDocument edited = draft.revise(details(DocumentType.NGHI_QUYET, true, true));
        assertThat(edited.type()).isEqualTo(DocumentType.NGHI_QUYET);
        assertThat(edited.subject()).isEqualTo("Nghị quyết mới");
        assertThat(edited.restricted()).isTrue();
        assertThat(edited.status()).isEqualTo(DocumentStatus.DRAFT);
        OutgoingDocument replaced = edited.replaceFile(V2, 4);
        assertThat(replaced.version()).isEqualTo(2);
        assertThat(replaced.original()).isEqualTo(V2);
        assertThat(replaced.pageCount()).isEqualTo(4);
    }

    @Test
    void onlyADraftIsEditedOrGetsANewFile() {
        OutgoingDocument inReview = OutgoingDocumentUnitTest.draft().submitForReview("văn thư");
        assertThatThrownBy(() -> inReview.revise(details(DocumentType.KE_HOACH, false, false)))
                .isInstanceOf(BusinessRuleException.class)
                .extracting(e -> ((BusinessRuleException) e).messageKey())
                .isEqualTo("documents.transition.edit");
        assertThatThrownBy(() -> inReview.replaceFile(V2, 1))
                .isInstanceOf(BusinessRuleException.class)
                .extracting(e -> ((BusinessRuleException) e).messageKey())
                .isEqualTo("documents.transition.replace");
        assertThatThrownBy(() -> OutgoingDocumentUnitTest.issued().replaceFile(V2, 1))
                .isInstanceOf(BusinessRuleException.class);
    }

    @Test
    void aNormativeDocumentMustBeAResolution() {
        assertThatThrownBy(() -> OutgoingDocumentUnitTest.draft().revise(details(DocumentType.KE_HOACH, true, false)))
                .isInstanceOf(BusinessRuleException.class)
                .extracting(e -> ((BusinessRuleException) e).messageKey())
                .isEqualTo("documents.normative.onlyResolutions");
    }

    @Test
    void theSignerReturnsADocumentInReviewOrApprovedToItsDrafterWithAComment() {
        OutgoingDocument inReview = OutgoingDocumentUnitTest.draft().submitForReview("văn thư");
        OutgoingDocument returned = inReview.returnToDrafter("  Sửa lại Điều 2 cho rõ  ");
        assertThat(returned.status()).isEqualTo(DocumentStatus.DRAFT);
        assertThat(returned.returnComment()).isEqualTo("Sửa lại Điều 2 cho rõ");
        assertThat(returned.submittedBy()).isNull();
        assertThat(returned.isEditable()).isTrue();

        OutgoingDocument approved = inReview.approve("chủ tịch", Instant.now());
        OutgoingDocument back = approved.returnToDrafter("Chưa đúng thể thức");
        assertThat(back.status()).isEqualTo(DocumentStatus.DRAFT);
        assertThat(back.approvedBy()).isNull();
        assertThat(back.approvedAt()).isNull();

        OutgoingDocument resubmitted = back.submitForReview("văn thư");
        assertThat(resubmitted.returnComment()).isNull();
    }

    @Test
    void aReturnNeedsACommentAndOnlyADocumentInReviewOrApprovedIsReturned() {
        OutgoingDocument inReview = OutgoingDocumentUnitTest.draft().submitForReview("văn thư");
        assertThatThrownBy(() -> inReview.returnToDrafter("   "))
                .isInstanceOf(BusinessRuleException.class)
                .extracting(e -> ((BusinessRuleException) e).messageKey())
                .isEqualTo("documents.return.commentRequired");
        assertThatThrownBy(() -> OutgoingDocumentUnitTest.draft().returnToDrafter("x"))
                .isInstanceOf(BusinessRuleException.class)
                .extracting(e -> ((BusinessRuleException) e).messageKey())
                .isEqualTo("documents.transition.return");
        assertThatThrownBy(() -> OutgoingDocumentUnitTest.issued().returnToDrafter("x"))
                .isInstanceOf(BusinessRuleException.class);
    }

    @Test
    void aDocumentIsWithdrawnBeforeItsIssueAndThenNothingMoreHappens() {
        OutgoingDocument withdrawn = OutgoingDocumentUnitTest.draft().withdraw();
        assertThat(withdrawn.status()).isEqualTo(DocumentStatus.WITHDRAWN);
        assertThat(withdrawn.numberSymbol()).isNull();
        assertThat(OutgoingDocumentUnitTest.draft()
                        .submitForReview("x")
                        .approve("y", Instant.now())
                        .withdraw()
                        .status())
                .isEqualTo(DocumentStatus.WITHDRAWN);
        assertThatThrownBy(() -> withdrawn.approveForIssue("chủ tịch", Instant.now()))
                .isInstanceOf(BusinessRuleException.class)
                .extracting(e -> ((BusinessRuleException) e).messageKey())
                .isEqualTo("documents.transition.withdrawn");
        assertThatThrownBy(withdrawn::requireEditable).isInstanceOf(BusinessRuleException.class);
        assertThatThrownBy(() -> OutgoingDocumentUnitTest.issued().withdraw())
                .isInstanceOf(BusinessRuleException.class)
                .extracting(e -> ((BusinessRuleException) e).messageKey())
                .isEqualTo("documents.transition.withdraw");
    }

    @Test
    void onlyAnIssuedDocumentThatIsNotRestrictedIsPublic() {
        assertThat(OutgoingDocumentUnitTest.draft().isPublic()).isFalse();
        assertThat(OutgoingDocumentUnitTest.issued().isPublic()).isTrue();
        OutgoingDocument restricted = OutgoingDocumentUnitTest.draft()
                .revise(details(DocumentType.THONG_BAO, false, true))
                .approveForIssue("chủ tịch", Instant.now())
                .issue(
                        new OutgoingDocument.Issue(
                                DocumentNumber.of(1, 2026, DocumentType.THONG_BAO, "HĐND"),
                                LocalDate.now(),
                                Instant.now()),
                        new OutgoingDocument.Content("d".repeat(64), "signed.pdf", 20));
        assertThat(restricted.status()).isEqualTo(DocumentStatus.ISSUED);
        assertThat(restricted.isPublic()).isFalse();
    }
}
