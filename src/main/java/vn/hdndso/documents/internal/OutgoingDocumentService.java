package vn.hdndso.documents.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.hdndso.documents.DocumentId;
import vn.hdndso.documents.DocumentQuery;
import vn.hdndso.documents.DocumentVersion;
import vn.hdndso.documents.EditableOriginal;
import vn.hdndso.documents.NewOutgoingDocument;
import vn.hdndso.documents.OutgoingDocument;
import vn.hdndso.documents.OutgoingDocuments;
import vn.hdndso.documents.RegisterPage;
import vn.hdndso.shared.CouncilId;
import vn.hdndso.shared.NotFoundException;
import vn.hdndso.shared.web.Page;

/**
 * {@link OutgoingDocuments}: the reading side here, each step of the workflow in its own class
 * ({@link DocumentDrafting}, {@link DocumentIssuing}, {@link DocumentRecall}); one transaction per
 * call.
 */
@Service
class OutgoingDocumentService implements OutgoingDocuments {

    private static final int ALL_ISSUED = 100_000;

    private final DocumentRepository repository;
    private final DocumentFiles files;
    private final DocumentDrafting drafting;
    private final DocumentIssuing issuing;
    private final DocumentRecall recall;
    private final DraftRevision revision;
    private final DocumentVersionRepository versions;

    OutgoingDocumentService(
            DocumentRepository repository,
            DocumentFiles files,
            DocumentDrafting drafting,
            DocumentIssuing issuing,
            DocumentRecall recall,
            DraftRevision revision,
            DocumentVersionRepository versions) {
        this.repository = repository;
        this.files = files;
        this.drafting = drafting;
        this.issuing = issuing;
        this.recall = recall;
        this.revision = revision;
        this.versions = versions;
    }

    @Override
    @Transactional(readOnly = true)
    public List<String> issuerSymbols(CouncilId council) {
        return drafting.issuerSymbols(council);
    }

    @Override
    @Transactional
    public OutgoingDocument createDraft(CouncilId council, NewOutgoingDocument draft, String fileName, byte[] pdf) {
        return drafting.createDraft(council, draft, fileName, pdf);
    }

    @Override
    @Transactional
    public OutgoingDocument createDraft(
            CouncilId council, NewOutgoingDocument draft, String fileName, byte[] pdf, String docxName, byte[] docx) {
        return drafting.createDraft(council, draft, fileName, pdf, docxName, docx);
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<EditableOriginal> editableOriginal(CouncilId council, DocumentId id) {
        require(council, id);
        return repository.editableOriginal(council, id);
    }

    @Override
    @Transactional(readOnly = true)
    public byte[] editableOriginalDocx(CouncilId council, DocumentId id) {
        EditableOriginal docx = editableOriginal(council, id)
                .orElseThrow(() -> new NotFoundException("documents.editableOriginal.none", id));
        return files.read(council, docx.sha256());
    }

    @Override
    @Transactional(readOnly = true)
    public OutgoingDocument require(CouncilId council, DocumentId id) {
        return repository.find(council, id).orElseThrow(() -> new NotFoundException("documents.notFound", id));
    }

    @Override
    @Transactional(readOnly = true)
    public OutgoingDocument requireIssued(CouncilId council, DocumentId id) {
        return repository
                .find(council, id)
                .filter(OutgoingDocument::isPublic)
                .orElseThrow(() -> new NotFoundException("documents.notFound", id));
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<OutgoingDocument> find(CouncilId council, DocumentId id) {
        return repository.find(council, id);
    }

    @Override
    @Transactional(readOnly = true)
    public Page<OutgoingDocument> list(CouncilId council, DocumentQuery query, Page.Request request) {
        int size = request.sizeOr(50);
        int page = request.pageOrDefault();
        return new Page<>(
                repository.list(council, query, page * size, size), page, size, repository.count(council, query));
    }

    @Override
    @Transactional(readOnly = true)
    public RegisterPage registerPage(CouncilId council, DocumentQuery query, Page.Request request) {
        int size = request.sizeOr(50);
        int page = request.pageOrDefault();
        return RegisterPage.of(
                repository.list(council, query, page * size, size),
                page,
                size,
                repository.countUpTo(council, query, RegisterPage.countUpTo(page, size)));
    }

    @Override
    @Transactional(readOnly = true)
    public List<OutgoingDocument> all(CouncilId council, int offset, int limit) {
        return repository.list(council, DocumentQuery.everything(), offset, limit);
    }

    @Override
    @Transactional(readOnly = true)
    public List<OutgoingDocument> issued(CouncilId council) {
        return repository.list(council, DocumentQuery.issued(), 0, ALL_ISSUED).stream()
                .filter(OutgoingDocument::isPublic)
                .toList();
    }

    @Override
    @Transactional(readOnly = true)
    public List<Integer> years(CouncilId council) {
        return repository.years(council);
    }

    @Override
    @Transactional
    public OutgoingDocument submitForReview(CouncilId council, DocumentId id) {
        return issuing.submitForReview(council, id);
    }

    @Override
    @Transactional
    public OutgoingDocument edit(CouncilId council, DocumentId id, NewOutgoingDocument metadata) {
        return revision.edit(council, id, metadata);
    }

    @Override
    @Transactional
    public OutgoingDocument replaceFile(CouncilId council, DocumentId id, String fileName, byte[] content) {
        return revision.replaceFile(council, id, fileName, content);
    }

    @Override
    @Transactional
    public OutgoingDocument returnToDrafter(CouncilId council, DocumentId id, @Nullable String comment) {
        return revision.returnToDrafter(council, id, comment);
    }

    @Override
    @Transactional
    public OutgoingDocument withdraw(CouncilId council, DocumentId id, @Nullable String reason) {
        return revision.withdraw(council, id, reason);
    }

    @Override
    @Transactional(readOnly = true)
    public List<DocumentVersion> versions(CouncilId council, DocumentId id) {
        require(council, id);
        return versions.of(council, id);
    }

    @Override
    @Transactional(readOnly = true)
    public DocumentVersion version(CouncilId council, DocumentId id, int version) {
        require(council, id);
        return versions.find(council, id, version)
                .orElseThrow(() -> new NotFoundException("documents.version.notFound", version));
    }

    @Override
    @Transactional(readOnly = true)
    public byte[] content(CouncilId council, DocumentId id, OutgoingDocument.Content content) {
        boolean ours = versions(council, id).stream()
                .anyMatch(v -> v.pdf().sha256().equals(content.sha256())
                        || (v.source() != null && v.source().sha256().equals(content.sha256())));
        if (!ours) {
            throw new NotFoundException("documents.notFound", id);
        }
        return files.read(council, content.sha256());
    }

    @Override
    @Transactional
    public OutgoingDocument approve(CouncilId council, DocumentId id) {
        return issuing.approve(council, id);
    }

    @Override
    @Transactional
    public OutgoingDocument issue(CouncilId council, DocumentId id) {
        return issuing.issue(council, id);
    }

    @Override
    @Transactional
    public OutgoingDocument approveAndIssue(CouncilId council, DocumentId id) {
        return issuing.approveAndIssue(council, id);
    }

    @Override
    @Transactional
    public OutgoingDocument recall(CouncilId council, DocumentId id, @Nullable String reason) {
        return recall.recall(council, id, reason);
    }

    @Override
    @Transactional(readOnly = true)
    public byte[] signedPdf(CouncilId council, DocumentId id) {
        OutgoingDocument.Content signed = require(council, id).signed();
        if (signed == null) {
            throw new NotFoundException("documents.signed.notYet", id);
        }
        return files.read(council, signed.sha256());
    }

    @Override
    @Transactional(readOnly = true)
    public java.io.InputStream openSignedPdf(CouncilId council, DocumentId id) {
        OutgoingDocument.Content signed = require(council, id).signed();
        if (signed == null) {
            throw new NotFoundException("documents.signed.notYet", id);
        }
        return files.open(council, signed.sha256());
    }

    @Override
    @Transactional(readOnly = true)
    public byte[] originalPdf(CouncilId council, DocumentId id) {
        return files.read(council, require(council, id).original().sha256());
    }

    @Override
    @Transactional
    public Optional<OutgoingDocument> registerHistoric(
            CouncilId council,
            NewOutgoingDocument metadata,
            Supplier<byte[]> pdf,
            int number,
            LocalDate issueDate,
            boolean demo) {
        return issuing.registerHistoric(council, metadata, pdf, number, issueDate, demo);
    }
}
