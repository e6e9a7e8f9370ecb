package vn.hdndso.documents.internal;

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
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import vn.hdndso.documents.RegisterTable;

/**
 * Prints a register as a PDF: A4 landscape, Liberation Sans embedded (Vietnamese), a table with
 * wrapped cells whose header row repeats on every page, and "Trang i/n" at the foot.
 */
final class RegisterPdf {

    private static final String FONT = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";
    private static final PDRectangle PAGE = new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth());
    private static final float MARGIN = 36;
    private static final float SIZE = 8.5f;
    private static final float LEADING = SIZE * 1.25f;
    private static final float PADDING = 3;
    private static final float TITLE_BLOCK = 48;
    private static final float FOOTER = 24;

    private RegisterPdf() {}

    public static byte[] write(RegisterTable register) {
        try (PDDocument document = new PDDocument();
                InputStream fontFile = RegisterPdf.class.getResourceAsStream(FONT)) {
            if (fontFile == null) {
                throw new IllegalStateException("font missing from the classpath: " + FONT);
            }
            var layout = new Layout(PDType0Font.load(document, fontFile), register);
            List<List<Cells>> pages = layout.paginate();
            for (int p = 0; p < pages.size(); p++) {
                PDPage page = new PDPage(PAGE);
                document.addPage(page);
                try (var content = new PDPageContentStream(document, page)) {
                    layout.drawPage(content, pages.get(p), p == 0, p + 1, pages.size());
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The wrapped lines of each cell of one row, and its height. */
    private record Cells(List<List<String>> lines, float height) {}

    private static final class Layout {

        private final PDType0Font font;
        private final RegisterTable register;
        private final float[] widths;
        private final Map<Integer, Boolean> glyphs = new HashMap<>();

        Layout(PDType0Font font, RegisterTable register) {
            this.font = font;
            this.register = register;
            int total = register.columns().stream()
                    .mapToInt(RegisterTable.Column::weight)
                    .sum();
            float usable = PAGE.getWidth() - 2 * MARGIN;
            this.widths = new float[register.columns().size()];
            for (int c = 0; c < widths.length; c++) {
                widths[c] = usable * register.columns().get(c).weight() / total;
            }
        }

        List<List<Cells>> paginate() throws IOException {
            Cells header = cells(register.columns().stream()
                    .map(RegisterTable.Column::header)
                    .toList());
            List<List<Cells>> pages = new ArrayList<>();
            List<Cells> current = new ArrayList<>();
            float room = PAGE.getHeight() - 2 * MARGIN - FOOTER - TITLE_BLOCK - header.height();
            for (List<String> row : register.rows()) {
                Cells cells = cells(row);
                if (cells.height() > room && !current.isEmpty()) {
                    pages.add(current);
                    current = new ArrayList<>();
                    room = PAGE.getHeight() - 2 * MARGIN - FOOTER - header.height();
                }
                current.add(cells);
                room -= cells.height();
            }
            pages.add(current);
            return pages;
        }

        void drawPage(PDPageContentStream content, List<Cells> rows, boolean first, int number, int of)
                throws IOException {
            float y = PAGE.getHeight() - MARGIN;
            if (first) {
                text(content, clean(register.councilName()), MARGIN, y - 11, 11);
                String title = clean(register.title());
                float width = font.getStringWidth(title) / 1000 * 14;
                text(content, title, (PAGE.getWidth() - width) / 2, y - 34, 14);
                y -= TITLE_BLOCK;
            }
            y = drawRow(
                    content,
                    cells(register.columns().stream()
                            .map(RegisterTable.Column::header)
                            .toList()),
                    y);
            for (Cells row : rows) {
                y = drawRow(content, row, y);
            }
            String footer = "Trang " + number + "/" + of;
            float width = font.getStringWidth(footer) / 1000 * SIZE;
            text(content, footer, (PAGE.getWidth() - width) / 2, MARGIN - 4, SIZE);
        }

        private float drawRow(PDPageContentStream content, Cells row, float top) throws IOException {
            float x = MARGIN;
            for (int c = 0; c < widths.length; c++) {
                content.addRect(x, top - row.height(), widths[c], row.height());
                float y = top - PADDING - SIZE;
                for (String line : row.lines().get(c)) {
                    text(content, line, x + PADDING, y, SIZE);
                    y -= LEADING;
                }
                x += widths[c];
            }
            content.setLineWidth(0.5f);
            content.stroke();
            return top - row.height();
        }

        private void text(PDPageContentStream content, String text, float x, float y, float size) throws IOException {
            content.beginText();
            content.setFont(font, size);
            content.newLineAtOffset(x, y);
            content.showText(text);
            content.endText();
        }

        private Cells cells(List<String> values) throws IOException {
            List<List<String>> lines = new ArrayList<>();
            int most = 1;
            for (int c = 0; c < widths.length; c++) {
                List<String> wrapped = wrap(clean(values.get(c)), widths[c] - 2 * PADDING);
                lines.add(wrapped);
                most = Math.max(most, wrapped.size());
            }
            return new Cells(lines, most * LEADING + 2 * PADDING);
        }

        private List<String> wrap(String text, float width) throws IOException {
            List<String> lines = new ArrayList<>();
            for (String paragraph : text.split("\n", -1)) {
                StringBuilder line = new StringBuilder();
                for (String word : paragraph.split(" ")) {
                    String candidate = line.isEmpty() ? word : line + " " + word;
                    if (width(candidate) <= width) {
                        line.setLength(0);
                        line.append(candidate);
                        continue;
                    }
                    if (!line.isEmpty()) {
                        lines.add(line.toString());
                        line.setLength(0);
                    }
                    String rest = word;
                    while (width(rest) > width && rest.length() > 1) {
                        int cut = rest.length() - 1;
                        while (cut > 1 && width(rest.substring(0, cut)) > width) {
                            cut--;
                        }
                        lines.add(rest.substring(0, cut));
                        rest = rest.substring(cut);
                    }
                    line.append(rest);
                }
                lines.add(line.toString());
            }
            return lines;
        }

        private float width(String text) throws IOException {
            return font.getStringWidth(text) / 1000 * SIZE;
        }

        /** NFC, tabs as spaces, and characters the font cannot show as "?". */
        private String clean(String text) {
            String nfc = java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFC)
                    .replace('\t', ' ')
                    .replace("\r", "");
            StringBuilder out = new StringBuilder(nfc.length());
            nfc.codePoints().forEach(cp -> {
                if (cp == '\n' || glyphs.computeIfAbsent(cp, this::hasGlyph)) {
                    out.appendCodePoint(cp);
                } else {
                    out.append('?');
                }
            });
            return out.toString();
        }

        private boolean hasGlyph(int codePoint) {
            try {
                font.encode(new String(Character.toChars(codePoint)));
                return true;
            } catch (IOException | IllegalArgumentException e) {
                return false;
            }
        }
    }
}
