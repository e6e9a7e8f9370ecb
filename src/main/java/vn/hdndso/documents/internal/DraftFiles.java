package vn.hdndso.documents.internal;

import java.time.Instant;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import vn.hdndso.documents.DocumentId;
import vn.hdndso.documents.DocumentVersion;
import vn.hdndso.documents.EditableOriginal;
import vn.hdndso.documents.OutgoingDocument;
import vn.hdndso.files.ConvertedDocument;
import vn.hdndso.files.FileType;
import vn.hdndso.files.OfficeConversion;
import vn.hdndso.shared.CouncilId;
import vn.hdndso.shared.InvalidInputException;

/**
 * The file of a draft, as uploaded: a PDF is checked; a DOCX or ODT is converted to PDF by
 * LibreOffice and kept beside it as the editable original. Checking comes first and reports into
 * the caller's problems, so that nothing is stored when anything is wrong; storing writes both
 * files and records the version.
 */
@Component
class DraftFiles {

    private final OfficeConversion conversion;
    private final DocumentFiles files;
    private final DocumentVersionRepository versions;
    private final DocumentRepository documents;

    DraftFiles(
            OfficeConversion conversion,
            DocumentFiles files,
            DocumentVersionRepository versions,
            DocumentRepository documents) {
        this.conversion = conversion;
        this.files = files;
        this.versions = versions;
        this.documents = documents;
    }

    /** An upload that passed the checks: the PDF to keep, and the word-processing original if any. */
    record Prepared(
            String pdfName, byte[] pdf, int pages, @Nullable Source source) {}

    record Source(String name, byte[] content, FileType type) {}

    /** Checks (and converts) an upload; problems go to {@code problems} on field {@code file}. */
    Optional<Prepared> prepare(String fileName, byte[] content, InvalidInputException.Collector problems) {
        String name = safeName(fileName);
        try {
            Optional<ConvertedDocument> converted =
                    content.length == 0 ? Optional.empty() : conversion.toPdf(name, content);
            if (converted.isPresent()) {
                byte[] pdf = converted.get().pdf();
                int pages = PdfCheck.pageCount("file", name, pdf);
                return Optional.of(new Prepared(
                        ConvertedDocument.pdfName(name),
                        pdf,
                        pages,
                        new Source(name, content, converted.get().sourceType())));
            }
            return Optional.of(new Prepared(name, content, PdfCheck.pageCount("file", name, content), null));
        } catch (InvalidInputException e) {
            e.problems().forEach(p -> problems.add(p.field(), p.messageKey(), p.arguments()));
            return Optional.empty();
        }
    }

    /** Stores the PDF (and the original), answering the PDF's content; the version is recorded by {@link #record}. */
    Stored store(CouncilId council, Prepared prepared) {
        DocumentFiles.StoredPdf pdf = files.store(council, prepared.pdfName(), prepared.pdf());
        Source source = prepared.source();
        OutgoingDocument.Content sourceContent = null;
        if (source != null) {
            DocumentFiles.StoredPdf stored = files.storeSource(council, source.name(), source.content(), source.type());
            sourceContent = new OutgoingDocument.Content(stored.sha256(), source.name(), stored.size());
        }
        return new Stored(
                new OutgoingDocument.Content(pdf.sha256(), prepared.pdfName(), pdf.size()),
                prepared.pages(),
                sourceContent,
                source == null ? null : source.type());
    }

    record Stored(
            OutgoingDocument.Content pdf,
            int pages,
            OutgoingDocument.@Nullable Content source,
            @Nullable FileType sourceType) {}

    /** Records {@code stored} as the document's version {@code version} and its editable original. */
    void record(CouncilId council, DocumentId document, int version, Stored stored, String by, Instant at) {
        var source = stored.source();
        var type = stored.sourceType();
        versions.insert(
                council,
                document,
                new DocumentVersion(
                        version, stored.pdf(), stored.pages(), source, type == null ? null : type.mediaType(), by, at));
        if (source != null && type != null) {
            documents.attachEditable(
                    council, document, new EditableOriginal(source.name(), source.sha256(), source.size()), type);
        } else {
            documents.detachEditable(council, document);
        }
    }

    static String safeName(String fileName) {
        String name = fileName.replaceAll("[\\\\/\\p{Cntrl}]", "_").strip();
        if (name.isEmpty()) {
            return "van-ban.pdf";
        }
        return name.length() > 200 ? name.substring(name.length() - 200) : name;
    }
}
