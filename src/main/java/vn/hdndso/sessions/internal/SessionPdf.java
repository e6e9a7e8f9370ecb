package vn.hdndso.sessions.internal;

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
 * An A4 PDF of a session's papers (minutes, convening notice, draft resolution, demo pack
 * documents): the Decree 30 heading (issuing body left, national title right), a centred title,
 * then paragraphs. Vietnamese is drawn in Liberation Sans, shipped with PDFBox.
 */
public final class SessionPdf {

    private static final String FONT = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";
    private static final float LEFT = 85f;
    private static final float RIGHT = 57f;
    private static final float TOP = 57f;
    private static final float BOTTOM = 70f;
    private static final float SIZE = 11f;
    private static final float LEADING = 15f;

    private SessionPdf() {}

    /**
     * @param issuingBody lines of the issuing body ("HĐND PHƯỜNG NHỊ CHIỂU")
     * @param placeAndDate "Nhị Chiểu, ngày 20 tháng 12 năm 2026"
     * @param title the centred title lines ("BIÊN BẢN", "Kỳ họp thứ ba")
     * @param paragraphs the text; an empty string leaves a blank line
     */
    public static byte[] render(
            List<String> issuingBody, String placeAndDate, List<String> title, List<String> paragraphs) {
        try (PDDocument pdf = new PDDocument();
                InputStream fontBytes = SessionPdf.class.getResourceAsStream(FONT)) {
            if (fontBytes == null) {
                throw new IllegalStateException("font missing: " + FONT);
            }
            PDFont font = PDType0Font.load(pdf, fontBytes, true);
            var writer = new Writer(pdf, font);
            float width = PDRectangle.A4.getWidth();
            float half = (width - LEFT - RIGHT) * 0.42f;
            float top = writer.y;
            for (String line : issuingBody) {
                writer.centred(line, LEFT, LEFT + half);
            }
            float leftBottom = writer.y;
            writer.y = top;
            writer.centred("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", LEFT + half, width - RIGHT);
            writer.centred("Độc lập - Tự do - Hạnh phúc", LEFT + half, width - RIGHT);
            writer.y -= LEADING / 2;
            writer.centred(placeAndDate, LEFT + half, width - RIGHT);
            writer.y = Math.min(writer.y, leftBottom) - LEADING;
            for (String line : title) {
                writer.centred(line, LEFT, width - RIGHT);
            }
            writer.y -= LEADING / 2;
            for (String paragraph : paragraphs) {
                if (paragraph.isEmpty()) {
                    writer.y -= LEADING / 2;
                } else {
                    writer.paragraph(paragraph, LEFT, width - RIGHT);
                }
            }
            writer.finish();
            var out = new ByteArrayOutputStream();
            pdf.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

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

        private void newPage() throws IOException {
            if (content != null) {
                content.close();
            }
            var page = new PDPage(PDRectangle.A4);
            pdf.addPage(page);
            content = new PDPageContentStream(pdf, page);
            y = PDRectangle.A4.getHeight() - TOP;
        }

        void centred(String text, float from, float to) throws IOException {
            for (String line : wrap(text, to - from)) {
                float w = width(line);
                write(line, from + (to - from - w) / 2);
            }
        }

        void paragraph(String text, float from, float to) throws IOException {
            for (String line : wrap(text, to - from)) {
                write(line, from);
            }
        }

        private void write(String line, float x) throws IOException {
            if (y < BOTTOM) {
                newPage();
            }
            content.beginText();
            content.setFont(font, SIZE);
            content.newLineAtOffset(x, y);
            content.showText(line);
            content.endText();
            y -= LEADING;
        }

        private float width(String text) throws IOException {
            return font.getStringWidth(text) / 1000 * SIZE;
        }

        private List<String> wrap(String text, float max) throws IOException {
            List<String> lines = new ArrayList<>();
            var line = new StringBuilder();
            for (String word : text.strip().split("\\s+")) {
                String candidate = line.isEmpty() ? word : line + " " + word;
                if (width(candidate) > max && !line.isEmpty()) {
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

        void finish() throws IOException {
            content.close();
        }
    }
}
