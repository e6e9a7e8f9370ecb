package vn.hdndso.documents;

import static vn.hdndso.files.TextPdfWriter.LEADING;
import static vn.hdndso.files.TextPdfWriter.LEFT;
import static vn.hdndso.files.TextPdfWriter.PAGE_WIDTH;
import static vn.hdndso.files.TextPdfWriter.RIGHT;

import java.util.List;
import vn.hdndso.files.TextPdfWriter;

/**
 * An A4 PDF from plain text, with the Decree 30 heading: the issuing body on the left, the
 * national title and motto on the right, then the number/symbol and the place and date line, then
 * the text. Vietnamese is drawn in Liberation Sans (shipped with PDFBox), embedded as a subset.
 */
public final class TextPdf {

    private static final float MARGIN_BOTTOM = 100f; // room for the visible signature

    private TextPdf() {}

    /**
     * @param issuingBody the lines of the issuing body ("HĐND XÃ LẠC PHƯỢNG", "THƯỜNG TRỰC")
     * @param numberLine "Số: 02/KH-TTHĐND"
     * @param placeAndDate "Lạc Phượng, ngày 20 tháng 9 năm 2025"
     * @param body the text; blank lines separate paragraphs
     */
    public static byte[] render(List<String> issuingBody, String numberLine, String placeAndDate, String body) {
        // characters the font cannot draw (OCR debris) are dropped or drawn as '?'
        try (var writer = new TextPdfWriter(MARGIN_BOTTOM, true)) {
            float half = (PAGE_WIDTH - LEFT - RIGHT) * 0.42f;
            float top = writer.y();
            for (String line : issuingBody) {
                writer.centred(line, LEFT, LEFT + half);
            }
            writer.centred(numberLine, LEFT, LEFT + half);
            float leftBottom = writer.y();
            writer.y(top);
            writer.centred("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", LEFT + half, PAGE_WIDTH - RIGHT);
            writer.centred("Độc lập - Tự do - Hạnh phúc", LEFT + half, PAGE_WIDTH - RIGHT);
            writer.down(LEADING / 2);
            writer.centred(placeAndDate, LEFT + half, PAGE_WIDTH - RIGHT);
            writer.y(Math.min(writer.y(), leftBottom) - LEADING);
            for (String paragraph : body.replace("\r", "").split("\n")) {
                if (paragraph.isBlank()) {
                    writer.down(LEADING / 2);
                } else {
                    writer.paragraph(paragraph, LEFT, PAGE_WIDTH - RIGHT);
                }
            }
            return writer.toBytes();
        }
    }
}
