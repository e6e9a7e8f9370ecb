package vn.hdndso.documents.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import vn.hdndso.shared.InvalidInputException;

/**
 * What an uploaded file must be to become a document: a PDF by its content (not its name) that
 * PDFBox opens without a password and that has at least one page. A DOCX or ODT never gets here
 * (it is converted first); a ZIP named .docx that is no word-processing document has its own
 * message.
 */
final class PdfCheck {

    private static final byte[] PDF_MAGIC = "%PDF-".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] ZIP_MAGIC = {'P', 'K', 3, 4};

    private PdfCheck() {}

    /** The number of pages of a valid upload; otherwise a 400 naming {@code field}. */
    public static int pageCount(String field, String fileName, byte[] content) {
        if (content.length == 0) {
            throw InvalidInputException.of(field, "documents.file.empty");
        }
        if (startsWith(content, ZIP_MAGIC)
                && fileName.toLowerCase(java.util.Locale.ROOT).endsWith(".docx")) {
            throw InvalidInputException.of(field, "documents.file.notWordDocument");
        }
        if (!startsWith(content, PDF_MAGIC)) {
            throw InvalidInputException.of(field, "documents.file.notPdf");
        }
        try (PDDocument pdf = Loader.loadPDF(content)) {
            if (pdf.isEncrypted()) {
                throw InvalidInputException.of(field, "documents.file.encrypted");
            }
            if (pdf.getNumberOfPages() == 0) {
                throw InvalidInputException.of(field, "documents.file.noPages");
            }
            return pdf.getNumberOfPages();
        } catch (InvalidPasswordException e) {
            throw InvalidInputException.of(field, "documents.file.encrypted");
        } catch (IOException e) {
            throw InvalidInputException.of(field, "documents.file.corrupt");
        }
    }

    private static boolean startsWith(byte[] content, byte[] prefix) {
        return content.length >= prefix.length && Arrays.equals(content, 0, prefix.length, prefix, 0, prefix.length);
    }
}
