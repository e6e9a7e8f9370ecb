package vn.hdndso.documents.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * An A4 PDF from plain text, with the Decree 30 heading: the issuing body on the left, the
 * national title and motto on the right, then the number/symbol and the place and date line, then
 * the text. Vietnamese is drawn in Liberation Sans (shipped with PDFBox), embedded as a subset.
 */
public final class TextPdf {

    private static final String FONT = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";
    private static final float MARGIN_LEFT = 85f; // 30 mm, Decree 30
    private static final float MARGIN_RIGHT = 57f; // 20 mm
    private static final float MARGIN_TOP = 57f;
    private static final float MARGIN_BOTTOM = 100f; // room for the visible signature
    private static final float SIZE = 11f;
    private static final float LEADING = 15f;

    private TextPdf() {}

    /**
     * @param issuingBody the lines of the issuing body ("HĐND XÃ LẠC PHƯỢNG", "THƯỜNG TRỰC")
     * @param numberLine "Số: 02/KH-TTHĐND"
     * @param placeAndDate "Lạc Phượng, ngày 20 tháng 9 năm 2025"
     * @param body the text; blank lines separate paragraphs
     */
    public static byte[] render(List<String> issuingBody, String numberLine, String placeAndDate, String body) {
        try (PDDocument pdf = new PDDocument();
                InputStream fontBytes = TextPdf.class.getResourceAsStream(FONT)) {
            if (fontBytes == null) {
                throw new IllegalStateException("font missing: " + FONT);
            }
            PDFont font = PDType0Font.load(pdf, fontBytes, true);
            var writer = new Writer(pdf, font);
            float width = PDRectangle.A4.getWidth();
            float half = (width - MARGIN_LEFT - MARGIN_RIGHT) * 0.42f;
            float top = writer.y;
            for (String line : issuingBody) {
                writer.centred(line, MARGIN_LEFT, MARGIN_LEFT + half);
            }
            writer.centred(numberLine, MARGIN_LEFT, MARGIN_LEFT + half);
            float leftBottom = writer.y;
            writer.y = top;
            writer.centred("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", MARGIN_LEFT + half, width - MARGIN_RIGHT);
            writer.centred("Độc lập - Tự do - Hạnh phúc", MARGIN_LEFT + half, width - MARGIN_RIGHT);
            writer.y -= LEADING / 2;
            writer.centred(placeAndDate, MARGIN_LEFT + half, width - MARGIN_RIGHT);
            writer.y = Math.min(writer.y, leftBottom) - LEADING;
            for (String paragraph : body.replace("\r", "").split("\n")) {
                if (paragraph.isBlank()) {
                    writer.y -= LEADING / 2;
                    continue;
                }
                for (String line : wrap(paragraph.strip(), font, width - MARGIN_LEFT - MARGIN_RIGHT)) {
                    writer.line(line, MARGIN_LEFT);
                }
            }
            writer.close();
            var out = new ByteArrayOutputStream();
            pdf.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> wrap(String paragraph, PDFont font, float width) throws IOException {
        List<String> lines = new ArrayList<>();
        var line = new StringBuilder();
        for (String word : paragraph.split("\\s+")) {
            String candidate = line.isEmpty() ? word : line + " " + word;
            if (!line.isEmpty() && font.getStringWidth(candidate) / 1000 * SIZE > width) {
                lines.add(line.toString());
                line = new StringBuilder(word);
            } else {
                line = new StringBuilder(candidate);
            }
        }
        if (!line.isEmpty()) {
            lines.add(line.toString());
        }
        return lines;
    }

    /** Writes lines top to bottom, starting a new page when one is full. */
    private static final class Writer {
        private final PDDocument pdf;
        private final PDFont font;
        private PDPageContentStream content;
        float y;

        Writer(PDDocument pdf, PDFont font) throws IOException {
            this.pdf = pdf;
            this.font = font;
            newPage();
        }

        void newPage() throws IOException {
            if (content != null) {
                content.close();
            }
            PDPage page = new PDPage(PDRectangle.A4);
            pdf.addPage(page);
            content = new PDPageContentStream(pdf, page);
            y = PDRectangle.A4.getHeight() - MARGIN_TOP;
        }

        void line(String text, float x) throws IOException {
            if (y < MARGIN_BOTTOM) {
                newPage();
            }
            content.beginText();
            content.setFont(font, SIZE);
            content.newLineAtOffset(x, y);
            content.showText(printable(text));
            content.endText();
            y -= LEADING;
        }

        void centred(String text, float from, float to) throws IOException {
            float textWidth = font.getStringWidth(printable(text)) / 1000 * SIZE;
            line(text, from + Math.max(0, (to - from - textWidth) / 2));
        }

        void close() throws IOException {
            content.close();
        }

        /** Drops characters the font cannot draw (OCR debris such as control characters). */
        private String printable(String text) throws IOException {
            var out = new StringBuilder();
            for (int i = 0; i < text.length(); ) {
                int cp = text.codePointAt(i);
                String ch = new String(Character.toChars(cp));
                i += Character.charCount(cp);
                if (Character.isISOControl(cp)) {
                    continue;
                }
                try {
                    font.encode(ch);
                    out.append(ch);
                } catch (IllegalArgumentException e) {
                    out.append('?');
                }
            }
            return out.toString();
        }
    }
}
