package vn.hdndso.petitions.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import vn.hdndso.shared.InvalidInputException;

/**
 * The text of a minutes file: plain text (UTF-8, or the old Windows-1258 code page), DOCX (Apache
 * POI, which the project uses for Word files; list items get a "-" so the splitter sees them) or a
 * PDF's text layer (PDFBox). A PDF whose pages carry (almost) no text is a scan: the clerk is told so.
 */
final class MinutesFile {

    /** Fewer letters than this per page on average: the PDF is a scan without a text layer. */
    static final int MIN_LETTERS_PER_PAGE = 40;

    private MinutesFile() {}

    static String text(String fileName, byte[] content) {
        if (content.length == 0) {
            throw InvalidInputException.of("file", "petitions.minutes.file.empty");
        }
        String lower = fileName.toLowerCase(Locale.ROOT);
        if (starts(content, "%PDF")) {
            return pdf(content);
        }
        if (starts(content, "PK")) {
            return docx(content);
        }
        if (lower.endsWith(".doc") || starts(content, "\u00D0\u00CF")) {
            throw InvalidInputException.of("file", "petitions.minutes.file.oldWord");
        }
        if (looksBinary(content)) {
            throw InvalidInputException.of("file", "petitions.minutes.file.unsupported");
        }
        return plain(content);
    }

    private static String pdf(byte[] content) {
        try (PDDocument document = Loader.loadPDF(content)) {
            String text = new PDFTextStripper().getText(document);
            long letters = text.chars().filter(Character::isLetter).count();
            int pages = Math.max(1, document.getNumberOfPages());
            if (letters < (long) MIN_LETTERS_PER_PAGE * pages) {
                throw InvalidInputException.of("file", "petitions.minutes.file.scanned");
            }
            return text;
        } catch (InvalidPasswordException e) {
            throw InvalidInputException.of("file", "petitions.minutes.file.encrypted");
        } catch (IOException e) {
            throw InvalidInputException.of("file", "petitions.minutes.file.unreadable");
        }
    }

    private static String docx(byte[] content) {
        try (var document = new XWPFDocument(new ByteArrayInputStream(content))) {
            var out = new StringBuilder();
            for (IBodyElement element : document.getBodyElements()) {
                if (element instanceof XWPFParagraph paragraph) {
                    paragraph(out, paragraph);
                } else if (element instanceof XWPFTable table) {
                    table.getRows()
                            .forEach(row -> row.getTableCells()
                                    .forEach(cell -> cell.getParagraphs().forEach(p -> paragraph(out, p))));
                }
            }
            if (out.toString().isBlank()) {
                throw InvalidInputException.of("file", "petitions.minutes.file.noText");
            }
            return out.toString();
        } catch (IOException | RuntimeException e) {
            if (e instanceof InvalidInputException invalid) {
                throw invalid;
            }
            throw InvalidInputException.of("file", "petitions.minutes.file.unreadable");
        }
    }

    private static void paragraph(StringBuilder out, XWPFParagraph paragraph) {
        String text = paragraph.getText();
        BigInteger list = paragraph.getNumID();
        if (list != null && !text.isBlank()) {
            out.append("- ");
        }
        out.append(text).append('\n');
    }

    private static String plain(byte[] content) {
        try {
            String text = StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(content))
                    .toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException e) {
            return new String(content, Charset.forName("windows-1258"));
        }
    }

    private static boolean starts(byte[] content, String prefix) {
        byte[] p = prefix.getBytes(StandardCharsets.ISO_8859_1);
        if (content.length < p.length) {
            return false;
        }
        for (int i = 0; i < p.length; i++) {
            if (content[i] != p[i]) {
                return false;
            }
        }
        return true;
    }

    private static boolean looksBinary(byte[] content) {
        int n = Math.min(content.length, 2048);
        for (int i = 0; i < n; i++) {
            if (content[i] == 0) {
                return true;
            }
        }
        return false;
    }
}
