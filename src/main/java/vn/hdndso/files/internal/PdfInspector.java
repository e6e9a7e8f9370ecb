package vn.hdndso.files.internal;

import java.io.IOException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.RandomAccessRead;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jspecify.annotations.Nullable;
import vn.hdndso.files.TextStatus;
import vn.hdndso.shared.InvalidInputException;

/**
 * Opens a PDF with PDFBox: refuses corrupt and password-protected files with a precise message,
 * counts pages and, on request, extracts the text layer.
 */
final class PdfInspector {

    /** Fewer letters and digits than this per page, on average, means a scan without text. */
    static final int MIN_CHARACTERS_PER_PAGE = 16;

    private PdfInspector() {}

    /** What a PDF holds. */
    public record PdfFacts(int pageCount, @Nullable String text, TextStatus textStatus) {}

    /**
     * @param source the PDF; closed by this method
     * @param withText whether to extract the text
     * @throws InvalidInputException on field {@code file} if the PDF cannot be used
     */
    public static PdfFacts inspect(RandomAccessRead source, boolean withText) {
        try (PDDocument document = Loader.loadPDF(source)) {
            if (document.isEncrypted()) {
                throw InvalidInputException.of("file", "files.error.pdfEncrypted");
            }
            int pages = document.getNumberOfPages();
            if (pages == 0) {
                throw InvalidInputException.of("file", "files.error.pdfNoPages");
            }
            if (!withText) {
                return new PdfFacts(pages, null, TextStatus.NOT_APPLICABLE);
            }
            return text(document, pages);
        } catch (InvalidPasswordException e) {
            throw InvalidInputException.of("file", "files.error.pdfPassword");
        } catch (IOException e) {
            throw InvalidInputException.of("file", "files.error.pdfCorrupt");
        }
    }

    private static PdfFacts text(PDDocument document, int pages) {
        String raw;
        try {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            stripper.setLineSeparator("\n");
            stripper.setParagraphEnd("\n");
            stripper.setPageEnd("\n\n");
            raw = stripper.getText(document);
        } catch (IOException | RuntimeException e) {
            return new PdfFacts(pages, null, TextStatus.FAILED);
        }
        String text = PdfTextCleaner.clean(raw);
        long meaningful = text.codePoints().filter(Character::isLetterOrDigit).count();
        if (meaningful < (long) MIN_CHARACTERS_PER_PAGE * pages) {
            return new PdfFacts(pages, null, TextStatus.NO_TEXT);
        }
        return new PdfFacts(pages, text, TextStatus.EXTRACTED);
    }
}
