package vn.hdndso.documents;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;
import vn.hdndso.shared.BusinessRuleException;
import vn.hdndso.shared.CouncilId;

/**
 * An outgoing document (văn bản đi) of a council and its workflow. State changes go through the
 * intention-revealing methods, which refuse what the state does not allow with a
 * {@link BusinessRuleException}; a recalled document is frozen.
 */
public record OutgoingDocument(
        DocumentId id,
        CouncilId council,
        DocumentType type,
        String issuerSymbol,
        @Nullable String unitSymbol,
        boolean normative,
        String subject,
        String signerName,
        String signerPosition,
        String recipients,
        DocumentStatus status,
        Content original,
        int pageCount,
        @Nullable Content signed,
        @Nullable Issue issue,
        @Nullable String submittedBy,
        @Nullable String approvedBy,
        @Nullable Instant approvedAt,
        @Nullable String recallReason,
        @Nullable Instant recalledAt,
        boolean demo,
        String createdBy,
        Instant createdAt) {

    /** A new draft: its PDF as uploaded; nothing submitted, approved, signed, issued or recalled yet. */
    public static OutgoingDocument newDraft(
            CouncilId council,
            DocumentType type,
            String issuerSymbol,
            @Nullable String unitSymbol,
            boolean normative,
            String subject,
            String signerName,
            String signerPosition,
            String recipients,
            Content original,
            int pageCount,
            String createdBy,
            Instant createdAt) {
        return new OutgoingDocument(
                DocumentId.random(),
                council,
                type,
                issuerSymbol,
                unitSymbol,
                normative,
                subject,
                signerName,
                signerPosition,
                recipients,
                DocumentStatus.DRAFT,
                original,
                pageCount,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                false,
                createdBy,
                createdAt);
    }

    /** A stored PDF: its SHA-256 (the key in the document store), file name and size. */
    public record Content(String sha256, String name, long size) {}

    /** The number/symbol and the moment a document was issued. */
    public record Issue(DocumentNumber number, LocalDate issueDate, Instant issuedAt) {}

    /** The recipients (nơi nhận), one per line. */
    public List<String> recipientList() {
        return Arrays.stream(recipients.split("\n"))
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .toList();
    }

    public @Nullable String numberSymbol() {
        return issue == null ? null : issue.number().format();
    }

    public OutgoingDocument submitForReview(String by) {
        requireStatus("submit", DocumentStatus.DRAFT);
        return with(DocumentStatus.IN_REVIEW, by, approvedBy, approvedAt, signed, issue, recallReason, recalledAt);
    }

    /** The competent signer approves the reviewed document. */
    public OutgoingDocument approve(String by, Instant at) {
        requireStatus("approve", DocumentStatus.IN_REVIEW);
        return with(DocumentStatus.APPROVED, submittedBy, by, at, signed, issue, recallReason, recalledAt);
    }

    /**
     * Approval given together with the issue by the competent signer (the API's direct issue): a
     * draft or a document in review becomes approved.
     */
    public OutgoingDocument approveForIssue(String by, Instant at) {
        requireStatus("approve", DocumentStatus.DRAFT, DocumentStatus.IN_REVIEW, DocumentStatus.APPROVED);
        if (status == DocumentStatus.APPROVED) {
            return this;
        }
        return with(DocumentStatus.APPROVED, submittedBy, by, at, signed, issue, recallReason, recalledAt);
    }

    /** Whether {@link #issue} may be called now. */
    public void requireIssuable() {
        requireStatus("issue", DocumentStatus.APPROVED);
    }

    public OutgoingDocument issue(Issue issued, Content signedPdf) {
        requireIssuable();
        return with(
                DocumentStatus.ISSUED,
                submittedBy,
                approvedBy,
                approvedAt,
                signedPdf,
                issued,
                recallReason,
                recalledAt);
    }

    /** Recalls an issued document: it is frozen, no longer public, and its recipients are told. */
    public OutgoingDocument recall(String reason, Instant at) {
        requireStatus("recall", DocumentStatus.ISSUED);
        if (reason.isBlank()) {
            throw new BusinessRuleException("reason", "documents.recall.reasonRequired");
        }
        return with(DocumentStatus.RECALLED, submittedBy, approvedBy, approvedAt, signed, issue, reason, at);
    }

    /** The series kind its number is taken from. */
    public String series() {
        return seriesOf(normative);
    }

    /**
     * The numbering series (Decree 30, Art. 15): normative resolutions are numbered apart from the
     * council's other documents.
     */
    public static String seriesOf(boolean normative) {
        return normative ? "NORMATIVE" : "REGULAR";
    }

    /**
     * The number/symbol this document gets with {@code number} of its series in {@code year}; a
     * normative resolution's carries the year when {@code yearInNormativeNumbers} (DOMAIN.md).
     */
    public DocumentNumber numberFor(int number, int year, boolean yearInNormativeNumbers) {
        return new DocumentNumber(number, year, type, issuerSymbol, unitSymbol, normative && yearInNormativeNumbers);
    }

    private void requireStatus(String action, DocumentStatus... allowed) {
        if (Arrays.asList(allowed).contains(status)) {
            return;
        }
        if (status == DocumentStatus.RECALLED) {
            throw new BusinessRuleException("documents.transition.recalled");
        }
        throw new BusinessRuleException(null, "documents.transition." + action, status.vietnameseLabel());
    }

    private OutgoingDocument with(
            DocumentStatus newStatus,
            @Nullable String newSubmittedBy,
            @Nullable String newApprovedBy,
            @Nullable Instant newApprovedAt,
            @Nullable Content newSigned,
            @Nullable Issue newIssue,
            @Nullable String newRecallReason,
            @Nullable Instant newRecalledAt) {
        return new OutgoingDocument(
                id,
                council,
                type,
                issuerSymbol,
                unitSymbol,
                normative,
                subject,
                signerName,
                signerPosition,
                recipients,
                newStatus,
                original,
                pageCount,
                newSigned,
                newIssue,
                newSubmittedBy,
                newApprovedBy,
                newApprovedAt,
                newRecallReason,
                newRecalledAt,
                demo,
                createdBy,
                createdAt);
    }
}
