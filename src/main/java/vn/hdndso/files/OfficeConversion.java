package vn.hdndso.files;

import java.util.Optional;

/**
 * Word-processing documents (DOCX, ODT) turned into PDF by LibreOffice in headless mode, for the
 * uploads that take a PDF (drafts, incoming documents, session packs). The content is checked
 * first: a password-protected, corrupt or oversized ("zip bomb") document is refused, naming the
 * problem; so is any document when LibreOffice is not installed, with what to install. Every
 * refusal is an {@link vn.hdndso.shared.InvalidInputException} on field {@code file} with a
 * Vietnamese message. Nothing is stored here: the caller stores the PDF and the original.
 */
public interface OfficeConversion {

    /** Whether LibreOffice is installed, so that DOCX and ODT can be accepted. */
    boolean available();

    /**
     * The PDF of a word-processing document; empty when the content is not one (a PDF, an image),
     * so that the caller checks it as it always did.
     *
     * @param fileName the name the user gave it (for messages only; the type is read from the
     *     content)
     */
    Optional<ConvertedDocument> toPdf(String fileName, byte[] content);
}
