package vn.hdndso.plans.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.openxml4j.exceptions.NotOfficeXmlFileException;
import org.apache.poi.openxml4j.exceptions.OLE2NotOfficeXmlFileException;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import vn.hdndso.plans.Plan.PlanSource;
import vn.hdndso.shared.InvalidInputException;
import vn.hdndso.shared.Sha256;
import vn.hdndso.shared.VnText;

/**
 * The text of an uploaded plan, by what its bytes are (not by its name): a PDF's text layer, a
 * DOCX's paragraphs (with Word's list numbering written out, since plans number their parts that
 * way), or UTF-8 text. Everything else is refused with a message that says what is wrong.
 */
final class PlanSources {

    static final String FIELD = "file";
    static final int MAX_CHARACTERS = 400_000;

    /** Fewer letters than this in a PDF means it is a scan without a text layer. */
    private static final int MIN_LETTERS = 200;

    private PlanSources() {}

    record Text(PlanSource source, String text) {}

    static Text read(String fileName, byte[] content) {
        if (content.length == 0) {
            throw InvalidInputException.of(FIELD, "plans.source.empty");
        }
        String name = fileName.isBlank() ? "ke-hoach" : VnText.normalize(fileName);
        PlanSource.Kind kind = kind(content);
        String text = switch (kind) {
            case PDF -> pdf(content);
            case DOCX -> docx(content);
            case TEXT -> utf8(content);
        };
        text = text.isBlank() ? "" : nfcLines(text);
        if (text.length() > MAX_CHARACTERS) {
            throw InvalidInputException.of(FIELD, "plans.source.tooLong", MAX_CHARACTERS);
        }
        return new Text(new PlanSource(name, kind, Sha256.hex(content)), text);
    }

    private static PlanSource.Kind kind(byte[] content) {
        if (startsWith(content, "%PDF-".getBytes(StandardCharsets.US_ASCII))) {
            return PlanSource.Kind.PDF;
        }
        if (startsWith(content, new byte[] {'P', 'K', 3, 4})) {
            return PlanSource.Kind.DOCX;
        }
        if (startsWith(content, new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0})) {
            // an OLE2 container: a password-protected DOCX, or a legacy .doc
            throw InvalidInputException.of(FIELD, "plans.source.protectedOrLegacy");
        }
        return PlanSource.Kind.TEXT;
    }

    private static String pdf(byte[] content) {
        try (PDDocument document = Loader.loadPDF(content)) {
            String text = new PDFTextStripper().getText(document);
            long letters = text.chars().filter(Character::isLetter).count();
            if (letters < MIN_LETTERS) {
                throw InvalidInputException.of(FIELD, "plans.source.scanned", document.getNumberOfPages());
            }
            return text;
        } catch (InvalidPasswordException e) {
            throw InvalidInputException.of(FIELD, "plans.source.pdfProtected");
        } catch (IOException e) {
            throw InvalidInputException.of(FIELD, "plans.source.pdfUnreadable");
        }
    }

    private static String utf8(byte[] content) {
        try {
            String text = StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(content))
                    .toString();
            if (text.chars().anyMatch(c -> c == 0)) {
                throw InvalidInputException.of(FIELD, "plans.source.notText");
            }
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException e) {
            throw InvalidInputException.of(FIELD, "plans.source.notText");
        }
    }

    private static String nfcLines(String text) {
        var out = new StringBuilder(text.length());
        text.lines()
                .forEach(line -> out.append(java.text.Normalizer.normalize(line, java.text.Normalizer.Form.NFC))
                        .append('\n'));
        return out.toString();
    }

    private static boolean startsWith(byte[] content, byte[] prefix) {
        if (content.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (content[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static String docx(byte[] content) {
        try (var document = new XWPFDocument(new ByteArrayInputStream(content))) {
            return new DocxLines(document).text();
        } catch (OLE2NotOfficeXmlFileException e) {
            throw InvalidInputException.of(FIELD, "plans.source.protectedOrLegacy");
        } catch (NotOfficeXmlFileException e) {
            throw InvalidInputException.of(FIELD, "plans.source.notDocx");
        } catch (IOException | RuntimeException e) {
            // POI refuses zip bombs ("Zip bomb detected") and damaged packages with these
            String message = String.valueOf(e.getMessage()).toLowerCase(java.util.Locale.ROOT);
            throw InvalidInputException.of(
                    FIELD, message.contains("zip bomb") ? "plans.source.zipBomb" : "plans.source.notDocx");
        }
    }
}
