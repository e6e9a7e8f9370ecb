package vn.hdndso.documents;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import vn.hdndso.files.StoredFileId;
import vn.hdndso.shared.BusinessRuleException;
import vn.hdndso.shared.CouncilId;

/**
 * An incoming document (văn bản đến) as registered, with its handling. Changes of state go
 * through the intention-revealing methods, which refuse what the state does not allow.
 *
 * @param arrivalNumber số đến, gapless per council and {@code arrivalYear}
 * @param issuingBody cơ quan ban hành, the author
 * @param numberSymbol the document's own số, ký hiệu
 * @param assignedOn the day it was passed on to the handler (ngày chuyển)
 * @param progressNote the latest progress reported
 * @param duplicateOf the earlier registration it duplicates, when the clerk confirmed it anyway
 */
public record IncomingDocument(
        IncomingDocumentId id,
        CouncilId council,
        int arrivalYear,
        int arrivalNumber,
        LocalDate receivedOn,
        String issuingBody,
        String numberSymbol,
        LocalDate documentDate,
        DocumentType type,
        String subject,
        Urgency urgency,
        IncomingStatus status,
        @Nullable Handler handler,
        @Nullable LocalDate deadline,
        @Nullable LocalDate assignedOn,
        @Nullable String progressNote,
        @Nullable String replyNumberSymbol,
        @Nullable Instant completedAt,
        File file,
        IncomingSignatures signatures,
        @Nullable IncomingDocumentId duplicateOf,
        boolean demo,
        String createdBy,
        Instant createdAt) {

    /** The user handling it. */
    public record Handler(UUID userId, String fullName) {}

    /** The stored PDF. */
    public record File(StoredFileId id, String sha256, String name, int pageCount) {}

    public boolean isDuplicate() {
        return duplicateOf != null;
    }

    /** Past its deadline on {@code today} and not done. */
    public boolean overdueOn(LocalDate today) {
        return status != IncomingStatus.DONE && deadline != null && deadline.isBefore(today);
    }

    /** Due within two working days of {@code today} (deadline not yet passed) and not done. */
    public boolean dueSoonOn(LocalDate today, WorkingDays workingDays) {
        return status != IncomingStatus.DONE
                && deadline != null
                && !deadline.isBefore(today)
                && !deadline.isAfter(workingDays.plus(today, 2));
    }

    /** Passes it on (again) to a handler; allowed until it is done. */
    public IncomingDocument assign(Handler to, @Nullable LocalDate newDeadline, LocalDate today) {
        requireOpen("documents.incoming.transition.assign");
        IncomingStatus next =
                status == IncomingStatus.IN_PROGRESS ? IncomingStatus.IN_PROGRESS : IncomingStatus.ASSIGNED;
        return with(next, to, newDeadline, today, progressNote, replyNumberSymbol, completedAt);
    }

    /** Records progress; only once a handler has it. */
    public IncomingDocument progress(String note) {
        requireOpen("documents.incoming.transition.progress");
        if (status == IncomingStatus.RECEIVED) {
            throw new BusinessRuleException("documents.incoming.transition.notAssigned");
        }
        return with(IncomingStatus.IN_PROGRESS, handler, deadline, assignedOn, note, replyNumberSymbol, completedAt);
    }

    /** Closes it, perhaps naming the reply document; only once a handler has it. */
    public IncomingDocument complete(@Nullable String reply, Instant at) {
        requireOpen("documents.incoming.transition.complete");
        if (status == IncomingStatus.RECEIVED) {
            throw new BusinessRuleException("documents.incoming.transition.notAssigned");
        }
        return with(IncomingStatus.DONE, handler, deadline, assignedOn, progressNote, reply, at);
    }

    private void requireOpen(String messageKey) {
        if (status == IncomingStatus.DONE) {
            throw new BusinessRuleException(messageKey);
        }
    }

    private IncomingDocument with(
            IncomingStatus newStatus,
            @Nullable Handler newHandler,
            @Nullable LocalDate newDeadline,
            @Nullable LocalDate newAssignedOn,
            @Nullable String newNote,
            @Nullable String newReply,
            @Nullable Instant newCompletedAt) {
        return new IncomingDocument(
                id,
                council,
                arrivalYear,
                arrivalNumber,
                receivedOn,
                issuingBody,
                numberSymbol,
                documentDate,
                type,
                subject,
                urgency,
                newStatus,
                newHandler,
                newDeadline,
                newAssignedOn,
                newNote,
                newReply,
                newCompletedAt,
                file,
                signatures,
                duplicateOf,
                demo,
                createdBy,
                createdAt);
    }
}
