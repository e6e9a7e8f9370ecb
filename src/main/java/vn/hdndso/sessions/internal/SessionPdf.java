package vn.hdndso.sessions.internal;

import static vn.hdndso.files.TextPdfWriter.LEADING;
import static vn.hdndso.files.TextPdfWriter.LEFT;
import static vn.hdndso.files.TextPdfWriter.PAGE_WIDTH;
import static vn.hdndso.files.TextPdfWriter.RIGHT;

import java.util.List;
import vn.hdndso.files.TextPdfWriter;

/**
 * An A4 PDF of a session's papers (minutes, convening notice, draft resolution, demo pack
 * documents): the Decree 30 heading (issuing body left, national title right), a centred title,
 * then paragraphs. Vietnamese is drawn in Liberation Sans, shipped with PDFBox.
 */
final class SessionPdf {

    private static final float BOTTOM = 70f;

    private SessionPdf() {}

    /**
     * @param issuingBody lines of the issuing body ("HĐND PHƯỜNG NHỊ CHIỂU")
     * @param placeAndDate "Nhị Chiểu, ngày 20 tháng 12 năm 2026"
     * @param title the centred title lines ("BIÊN BẢN", "Kỳ họp thứ ba")
     * @param paragraphs the text; an empty string leaves a blank line
     */
    public static byte[] render(
            List<String> issuingBody, String placeAndDate, List<String> title, List<String> paragraphs) {
        try (var writer = new TextPdfWriter(BOTTOM, false)) {
            float half = (PAGE_WIDTH - LEFT - RIGHT) * 0.42f;
            float top = writer.y();
            for (String line : issuingBody) {
                writer.centredWrapped(line, LEFT, LEFT + half);
            }
            float leftBottom = writer.y();
            writer.y(top);
            writer.centredWrapped("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", LEFT + half, PAGE_WIDTH - RIGHT);
            writer.centredWrapped("Độc lập - Tự do - Hạnh phúc", LEFT + half, PAGE_WIDTH - RIGHT);
            writer.down(LEADING / 2);
            writer.centredWrapped(placeAndDate, LEFT + half, PAGE_WIDTH - RIGHT);
            writer.y(Math.min(writer.y(), leftBottom) - LEADING);
            for (String line : title) {
                writer.centredWrapped(line, LEFT, PAGE_WIDTH - RIGHT);
            }
            writer.down(LEADING / 2);
            for (String paragraph : paragraphs) {
                if (paragraph.isEmpty()) {
                    writer.down(LEADING / 2);
                } else {
                    writer.paragraph(paragraph, LEFT, PAGE_WIDTH - RIGHT);
                }
            }
            return writer.toBytes();
        }
    }
}
