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
 * {@link BusinessRuleException}; a recalled document is frozen. A draft is work in progress: its
 * metadata may be edited and its file replaced (each file a new {@code version}); the signer may
 * return a document in review to its drafter with a comment, and a document not yet issued may be
 * withdrawn (kept, never numbered). A {@code restricted} document ("không công khai") is never
 * public, even once issued.
 *
 * @param restricted not public ("không công khai"): staff see it, the public never does
 * @param version the number of the current file (1 for the first upload)
 * @param returnComment the signer's comment when the document was last returned to its drafter,
 *     until it is submitted again
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
        Instant createdAt,
        boolean restricted,
        int version,
        @Nullable String returnComment) {

    /** The longest comment a signer may give when returning a document, and a withdrawal reason. */
    public static final int MAX_COMMENT = 2000;

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
            Instant createdAt,
            boolean restricted) {
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
                createdAt,
                restricted,
                1,
                null);
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

    /** Public: issued and not restricted. Anything else only the council's staff see. */
    public boolean isPublic() {
        return status == DocumentStatus.ISSUED && !restricted;
    }

    /** Whether the draft may still be edited and its file replaced. */
    public boolean isEditable() {
        return status == DocumentStatus.DRAFT;
    }

    /** Refuses, before any work is done, a file for a document that is no longer a draft. */
    public void requireEditable() {
        requireStatus("replace", DocumentStatus.DRAFT);
    }

    /** Whether the signer may return it to its drafter now. */
    public boolean isReturnable() {
        return status == DocumentStatus.IN_REVIEW || status == DocumentStatus.APPROVED;
    }

    /** Whether it may be withdrawn now: any state before the issue. */
    public boolean isWithdrawable() {
        return status == DocumentStatus.DRAFT
                || status == DocumentStatus.IN_REVIEW
                || status == DocumentStatus.APPROVED;
    }

    /** The draft with new metadata (already checked field by field); only a draft may change. */
    public OutgoingDocument revise(Details details) {
        requireStatus("edit", DocumentStatus.DRAFT);
        if (details.normative() && !details.type().isResolution()) {
            throw new BusinessRuleException("normative", "documents.normative.onlyResolutions");
        }
        return new OutgoingDocument(
                id,
                council,
                details.type(),
                details.issuerSymbol(),
                details.unitSymbol(),
                details.normative(),
                details.subject(),
                details.signerName(),
                details.signerPosition(),
                details.recipients(),
                status,
                original,
                pageCount,
                signed,
                issue,
                submittedBy,
                approvedBy,
                approvedAt,
                recallReason,
                recalledAt,
                demo,
                createdBy,
                createdAt,
                details.restricted(),
                version,
                returnComment);
    }

    /** The draft with a new file: the next version. Only a draft's file may be replaced. */
    public OutgoingDocument replaceFile(Content pdf, int pages) {
        requireStatus("replace", DocumentStatus.DRAFT);
        if (pages < 1) {
            throw new IllegalArgumentException("a PDF has pages");
        }
        return withFile(pdf, pages, version + 1, returnComment);
    }

    /**
     * The signer sends a document in review (or approved, not yet issued) back to its drafter: it is
     * a draft again, its submission and approval undone, the comment shown until it is submitted
     * again.
     */
    public OutgoingDocument returnToDrafter(String comment) {
        requireStatus("return", DocumentStatus.IN_REVIEW, DocumentStatus.APPROVED);
        String clean = comment.strip();
        if (clean.isEmpty()) {
            throw new BusinessRuleException("comment", "documents.return.commentRequired");
        }
        if (clean.length() > MAX_COMMENT) {
            throw new BusinessRuleException("comment", "documents.field.tooLong", MAX_COMMENT);
        }
        return with(DocumentStatus.DRAFT, null, null, null, signed, issue, recallReason, recalledAt)
                .commented(clean);
    }

    /** Withdraws a document before its issue: kept with its history, never numbered. */
    public OutgoingDocument withdraw() {
        requireStatus("withdraw", DocumentStatus.DRAFT, DocumentStatus.IN_REVIEW, DocumentStatus.APPROVED);
        return with(
                DocumentStatus.WITHDRAWN, submittedBy, approvedBy, approvedAt, signed, issue, recallReason, recalledAt);
    }

    public OutgoingDocument submitForReview(String by) {
        requireStatus("submit", DocumentStatus.DRAFT);
        return with(DocumentStatus.IN_REVIEW, by, approvedBy, approvedAt, signed, issue, recallReason, recalledAt)
                .commented(null);
    }

    private OutgoingDocument commented(@Nullable String comment) {
        return withFile(original, pageCount, version, comment);
    }

    /** The same document with another file, version and drafter's comment; everything else kept. */
    private OutgoingDocument withFile(Content file, int pages, int fileVersion, @Nullable String comment) {
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
                status,
                file,
                pages,
                signed,
                issue,
                submittedBy,
                approvedBy,
                approvedAt,
                recallReason,
                recalledAt,
                demo,
                createdBy,
                createdAt,
                restricted,
                fileVersion,
                comment);
    }

    /**
     * A draft's metadata, checked: what {@link #revise} sets.
     *
     * @param recipients one per line
     */
    public record Details(
            DocumentType type,
            String issuerSymbol,
            @Nullable String unitSymbol,
            boolean normative,
            String subject,
            String signerName,
            String signerPosition,
            String recipients,
            boolean restricted) {}

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
        if (status == DocumentStatus.WITHDRAWN) {
            throw new BusinessRuleException("documents.transition.withdrawn");
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
                createdAt,
                restricted,
                version,
                returnComment);
    }
}
