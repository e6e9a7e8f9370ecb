package vn.hdndso.documents;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import vn.hdndso.shared.CouncilId;
import vn.hdndso.shared.web.Page;

/**
 * The outgoing documents of a council: draft, review, approval, issue (number/symbol, PAdES
 * signature with the council's key, register entry, all in one transaction) and recall. Runs in
 * the caller's tenant scope; a document outside it does not exist. The rules of the workflow live
 * in {@link OutgoingDocument}; issued and recalled documents are public content.
 */
public interface OutgoingDocuments {

    /** Symbols every council issues under: the council itself and its standing committee. */
    List<String> COUNCIL_SYMBOLS = List.of("HĐND", "TTHĐND");

    /** The issuer symbols the council may number under: HĐND, TTHĐND and its committees'. */
    List<String> issuerSymbols(CouncilId council);

    /**
     * A new draft from a file and its metadata: a PDF, or a DOCX/ODT converted to PDF by
     * LibreOffice (the original kept for download). Nothing is stored if anything is wrong; the
     * problems are reported together, each naming its field.
     */
    OutgoingDocument createDraft(CouncilId council, NewOutgoingDocument draft, String fileName, byte[] pdf);

    /**
     * A new draft from a PDF, with the DOCX it was written from kept beside it as its {@link
     * EditableOriginal} (a generated report). The DOCX is checked by its content like any upload;
     * nothing is stored if anything is wrong.
     */
    OutgoingDocument createDraft(
            CouncilId council, NewOutgoingDocument draft, String fileName, byte[] pdf, String docxName, byte[] docx);

    /** The DOCX kept with a document, if it has one; a document outside the scope is not found. */
    Optional<EditableOriginal> editableOriginal(CouncilId council, DocumentId id);

    /** The bytes of the DOCX kept with a document; not found when it has none. */
    byte[] editableOriginalDocx(CouncilId council, DocumentId id);

    OutgoingDocument require(CouncilId council, DocumentId id);

    /** An issued document, as the public sees it; anything else (a restricted one too) is not found. */
    OutgoingDocument requireIssued(CouncilId council, DocumentId id);

    Optional<OutgoingDocument> find(CouncilId council, DocumentId id);

    /** A page of the register, newest first. */
    Page<OutgoingDocument> list(CouncilId council, DocumentQuery query, Page.Request request);

    /** A page of the register, newest first, its total counted only up to {@link RegisterPage#COUNT_LIMIT}. */
    RegisterPage registerPage(CouncilId council, DocumentQuery query, Page.Request request);

    /**
     * A slice of all the council's documents in every state, in a stable order (for rebuilding
     * derived data such as the search index); what the scope may not see is left out.
     */
    List<OutgoingDocument> all(CouncilId council, int offset, int limit);

    /**
     * Every public issued document of the council (restricted ones left out), newest first: the
     * public record (open data, feeds).
     */
    List<OutgoingDocument> issued(CouncilId council);

    List<Integer> years(CouncilId council);

    OutgoingDocument submitForReview(CouncilId council, DocumentId id);

    /** New metadata for a draft, checked like a new draft's; {@code restricted} null keeps it. */
    OutgoingDocument edit(CouncilId council, DocumentId id, NewOutgoingDocument metadata);

    /** A new file for a draft (PDF, DOCX or ODT): the next version; the previous ones are kept. */
    OutgoingDocument replaceFile(CouncilId council, DocumentId id, String fileName, byte[] content);

    /** The signer returns a document in review (or approved) to its drafter with a comment. */
    OutgoingDocument returnToDrafter(CouncilId council, DocumentId id, @Nullable String comment);

    /** Withdraws a document before its issue: kept with its history, never numbered. */
    OutgoingDocument withdraw(CouncilId council, DocumentId id, @Nullable String reason);

    /** Every file the document had, oldest first. */
    List<DocumentVersion> versions(CouncilId council, DocumentId id);

    /** One version of the document; not found when it has none with that number. */
    DocumentVersion version(CouncilId council, DocumentId id, int version);

    /** The bytes of one of the document's files (a version's PDF or original) by its content. */
    byte[] content(CouncilId council, DocumentId id, OutgoingDocument.Content content);

    /** The competent signer (the council's administrator) approves a document in review. */
    OutgoingDocument approve(CouncilId council, DocumentId id);

    /** Issues an approved document: number/symbol, date, signature, register entry. */
    OutgoingDocument issue(CouncilId council, DocumentId id);

    /**
     * Approves and issues in one step, as the competent signer does when issuing a draft or a
     * document in review directly; the approval is recorded as such.
     */
    OutgoingDocument approveAndIssue(CouncilId council, DocumentId id);

    /** Recalls an issued document: frozen, no longer public; recipients are notified. */
    OutgoingDocument recall(CouncilId council, DocumentId id, @Nullable String reason);

    /** The signed PDF of an issued (or recalled, for staff) document; 404 before issue. */
    byte[] signedPdf(CouncilId council, DocumentId id);

    /**
     * The signed PDF as a stream from the blob store (public downloads: never read whole into
     * memory); the caller closes it. 404 before issue.
     */
    java.io.InputStream openSignedPdf(CouncilId council, DocumentId id);

    byte[] originalPdf(CouncilId council, DocumentId id);

    /**
     * Registers a document issued before this software kept the register (a historic number,
     * e.g. from the paper register): stored, signed with the council's key now, and the series
     * continues after its number. Does nothing if that number is already registered.
     *
     * @param pdf made only when the number is not registered yet (rendering costs start-up time)
     */
    Optional<OutgoingDocument> registerHistoric(
            CouncilId council,
            NewOutgoingDocument metadata,
            Supplier<byte[]> pdf,
            int number,
            LocalDate issueDate,
            boolean demo);
}
