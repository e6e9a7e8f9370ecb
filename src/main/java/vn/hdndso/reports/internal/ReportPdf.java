package vn.hdndso.reports.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.state.RenderingMode;
import org.jspecify.annotations.Nullable;

/**
 * A report as an A4 PDF with the same words as its DOCX: the Decree 30 heading in two columns, the
 * text, the table of indicators drawn with its rules, the recipients beside the signer's block.
 * Liberation Sans (shipped with PDFBox, embedded as a subset) draws Vietnamese; bold is drawn by
 * stroking the glyphs. Margins: 20 mm top and bottom, 30 mm left, 20 mm right.
 */
final class ReportPdf implements AutoCloseable {

    private static final String FONT = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";
    private static final float WIDTH = PDRectangle.A4.getWidth();
    private static final float HEIGHT = PDRectangle.A4.getHeight();
    private static final float LEFT = 85f; // 30 mm
    private static final float RIGHT = WIDTH - 57f; // 20 mm
    private static final float TOP = HEIGHT - 57f; // 20 mm
    private static final float BOTTOM = 57f;
    private static final float TEXT = 12f;
    private static final float SMALL = 11f;
    private static final float RECIPIENTS = 9.5f;
    private static final float CELL_PADDING = 3f;
    private static final float[] COLUMNS = {0.08f, 0.37f, 0.20f, 0.17f, 0.18f};

    private final PDDocument pdf = new PDDocument();
    private final PDFont font;
    private final Map<Integer, Boolean> printable = new HashMap<>();
    private @Nullable PDPageContentStream content;
    private float y;

    private ReportPdf() {
        try (InputStream bytes = ReportPdf.class.getResourceAsStream(FONT)) {
            if (bytes == null) {
                throw new IllegalStateException("font missing: " + FONT);
            }
            font = PDType0Font.load(pdf, bytes, true);
            newPage();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] write(ReportContent report) {
        try (var writer = new ReportPdf()) {
            writer.heading(report);
            writer.down(TEXT);
            writer.centred(report.title(), LEFT, RIGHT, TEXT + 1, true);
            writer.centredWrapped(report.subject(), TEXT, true);
            writer.down(TEXT * 0.8f);
            report.introduction().forEach(p -> writer.paragraph(p, TEXT, false));
            writer.paragraph(ReportContent.RESULTS_HEADING, TEXT, true);
            for (var result : report.results()) {
                writer.paragraph(result.heading(), TEXT, true);
                result.lines().forEach(line -> writer.paragraph(line, TEXT, false));
            }
            writer.down(TEXT * 0.4f);
            writer.centred(ReportContent.TABLE_HEADING, LEFT, RIGHT, TEXT, true);
            writer.table(
                    ReportContent.TABLE_COLUMNS,
                    report.table().stream()
                            .map(ReportContent.IndicatorRow::cells)
                            .toList());
            writer.down(TEXT * 0.6f);
            writer.paragraph(ReportContent.SHORTCOMINGS_HEADING, TEXT, true);
            report.shortcomings().forEach(s -> writer.paragraph("- " + s, TEXT, false));
            writer.paragraph(ReportContent.TASKS_HEADING, TEXT, true);
            int n = 1;
            for (String task : report.nextTasks()) {
                writer.paragraph((n++) + ". " + task, TEXT, false);
            }
            writer.paragraph(report.closingSentence(), TEXT, false);
            writer.closing(report);
            return writer.toBytes();
        }
    }

    private void heading(ReportContent report) {
        float split = LEFT + (RIGHT - LEFT) * 0.40f;
        float top = y;
        List<String> body = report.issuingBody();
        for (int i = 0; i < body.size(); i++) {
            boolean last = i == body.size() - 1;
            float lineY = y;
            centred(body.get(i), LEFT, split, SMALL, last);
            if (last) {
                underline(body.get(i), LEFT, split, SMALL, lineY, 0.4f);
            }
        }
        down(SMALL * 0.3f);
        centred(report.numberLine(), LEFT, split, SMALL, false);
        float leftBottom = y;
        y = top;
        centred(ReportContent.NATIONAL_TITLE, split, RIGHT, SMALL - 1, true);
        float mottoY = y;
        centred(ReportContent.MOTTO, split, RIGHT, SMALL, true);
        underline(ReportContent.MOTTO, split, RIGHT, SMALL, mottoY, 1f);
        down(SMALL * 0.3f);
        centred(report.placeAndDate(), split, RIGHT, SMALL, false);
        y = Math.min(y, leftBottom);
    }

    private void closing(ReportContent report) {
        float split = LEFT + (RIGHT - LEFT) * 0.5f;
        float needed = (report.recipients().size() + 2) * RECIPIENTS * 1.3f;
        if (y - needed < BOTTOM) {
            newPage();
        }
        down(TEXT * 0.6f);
        float top = y;
        line(ReportContent.RECIPIENTS_HEADING, LEFT, SMALL, true);
        for (String recipient : report.recipients()) {
            for (String wrapped : wrap("- " + recipient, split - LEFT - 6, RECIPIENTS)) {
                line(wrapped, LEFT, RECIPIENTS, false);
            }
        }
        y = top;
        centred(report.signerAuthority(), split, RIGHT, TEXT, true);
        centred(report.signerPosition(), split, RIGHT, TEXT, true);
    }

    /** The table with its rules; a row that does not fit starts a new page, under the header again. */
    private void table(List<String> header, List<List<String>> rows) {
        down(SMALL * 0.2f);
        row(header, true);
        for (List<String> cells : rows) {
            if (!row(cells, false)) {
                newPage();
                row(header, true);
                row(cells, false);
            }
        }
    }

    /** Draws one row below the last; answers false, drawing nothing, when it does not fit on the page. */
    private boolean row(List<String> cells, boolean bold) {
        float total = RIGHT - LEFT;
        List<List<String>> wrapped = new ArrayList<>();
        int lines = 1;
        for (int c = 0; c < COLUMNS.length; c++) {
            List<String> cell = wrap(cells.get(c), total * COLUMNS[c] - 2 * CELL_PADDING, SMALL);
            wrapped.add(cell);
            lines = Math.max(lines, cell.size());
        }
        float leading = SMALL * 1.25f;
        float height = lines * leading + 2 * CELL_PADDING;
        float rowTop = y + SMALL; // y is the next baseline
        if (rowTop - height < BOTTOM) {
            return false;
        }
        float x = LEFT;
        for (int c = 0; c < COLUMNS.length; c++) {
            float w = total * COLUMNS[c];
            rectangle(x, rowTop - height, w, height);
            float baseline = rowTop - CELL_PADDING - SMALL * 0.9f;
            for (String text : wrapped.get(c)) {
                float textX = c == 1 ? x + CELL_PADDING : x + (w - width(text, SMALL)) / 2;
                show(text, textX, baseline, SMALL, bold);
                baseline -= leading;
            }
            x += w;
        }
        y = rowTop - height - SMALL;
        return true;
    }

    private void paragraph(String text, float size, boolean bold) {
        float indent = 28f; // 10 mm, the first line
        List<String> lines = wrap(text, RIGHT - LEFT - indent, size);
        if (lines.isEmpty()) {
            return;
        }
        line(lines.getFirst(), LEFT + indent, size, bold);
        String rest = String.join(" ", lines.subList(1, lines.size()));
        for (String next : wrap(rest, RIGHT - LEFT, size)) {
            line(next, LEFT, size, bold);
        }
        down(size * 0.35f);
    }

    private void centredWrapped(String text, float size, boolean bold) {
        for (String line : wrap(text, (RIGHT - LEFT) * 0.85f, size)) {
            centred(line, LEFT, RIGHT, size, bold);
        }
    }

    private void centred(String text, float from, float to, float size, boolean bold) {
        String clean = clean(text);
        line(clean, from + Math.max(0, (to - from - width(clean, size)) / 2), size, bold);
    }

    private void underline(String text, float from, float to, float size, float baseline, float share) {
        float full = width(clean(text), size);
        float length = full * share;
        float start = from + (to - from - length) / 2;
        try {
            var stream = content();
            stream.setLineWidth(0.6f);
            stream.moveTo(start, baseline - 2.5f);
            stream.lineTo(start + length, baseline - 2.5f);
            stream.stroke();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void line(String text, float x, float size, boolean bold) {
        if (y < BOTTOM) {
            newPage();
        }
        show(clean(text), x, y, size, bold);
        y -= size * 1.35f;
    }

    private void show(String text, float x, float baseline, float size, boolean bold) {
        try {
            var stream = content();
            stream.beginText();
            stream.setFont(font, size);
            if (bold) {
                stream.setRenderingMode(RenderingMode.FILL_STROKE);
                stream.setLineWidth(size * 0.03f);
            } else {
                stream.setRenderingMode(RenderingMode.FILL);
            }
            stream.newLineAtOffset(x, baseline);
            stream.showText(clean(text));
            stream.endText();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void rectangle(float x, float bottom, float w, float h) {
        try {
            var stream = content();
            stream.setLineWidth(0.5f);
            stream.addRect(x, bottom, w, h);
            stream.stroke();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void down(float points) {
        y -= points;
    }

    private List<String> wrap(String text, float max, float size) {
        List<String> lines = new ArrayList<>();
        var line = new StringBuilder();
        for (String word : clean(text).strip().split("\\s+")) {
            if (word.isEmpty()) {
                continue;
            }
            String candidate = line.isEmpty() ? word : line + " " + word;
            if (!line.isEmpty() && width(candidate, size) > max) {
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

    private float width(String text, float size) {
        try {
            return font.getStringWidth(text) / 1000 * size;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The text with what the font cannot draw (control characters, OCR debris) as '?'. */
    private String clean(String text) {
        var out = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> {
            if (Character.isWhitespace(cp)) {
                out.append(' ');
            } else if (printable.computeIfAbsent(cp, this::drawable)) {
                out.appendCodePoint(cp);
            } else {
                out.append('?');
            }
        });
        return out.toString();
    }

    private boolean drawable(int codePoint) {
        if (Character.isISOControl(codePoint)) {
            return false;
        }
        try {
            font.encode(new String(Character.toChars(codePoint)));
            return true;
        } catch (IOException | IllegalArgumentException e) {
            return false;
        }
    }

    private PDPageContentStream content() {
        var stream = content;
        if (stream == null) {
            throw new IllegalStateException("the PDF is finished");
        }
        return stream;
    }

    private void newPage() {
        try {
            if (content != null) {
                content.close();
            }
            var page = new PDPage(PDRectangle.A4);
            pdf.addPage(page);
            content = new PDPageContentStream(pdf, page);
            y = TOP - TEXT;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private byte[] toBytes() {
        try {
            content().close();
            content = null;
            var out = new ByteArrayOutputStream();
            pdf.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            if (content != null) {
                content.close();
                content = null;
            }
            pdf.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
