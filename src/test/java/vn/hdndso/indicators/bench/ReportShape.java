package vn.hdndso.indicators.bench;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

/**
 * The text of a generated report, page by page and paragraph by paragraph, and the reference
 * writers: POI and PDFBox putting the same text into files of the same shape with nothing else
 * (no indicators, no composition, no database).
 */
record ReportShape(List<String> paragraphs, List<List<String>> tableRows, List<List<String>> pageLines) {

    private static final String FONT = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";

    static ReportShape of(byte[] docx, byte[] pdf) throws IOException {
        List<String> paragraphs = new ArrayList<>();
        List<List<String>> rows = new ArrayList<>();
        try (var document = new XWPFDocument(new ByteArrayInputStream(docx))) {
            document.getParagraphs().stream().map(XWPFParagraph::getText).forEach(paragraphs::add);
            for (XWPFTable table : document.getTables()) {
                for (XWPFTableRow row : table.getRows()) {
                    rows.add(row.getTableCells().stream().map(c -> c.getText()).toList());
                }
            }
        }
        List<List<String>> pages = new ArrayList<>();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            var stripper = new PDFTextStripper();
            for (int page = 1; page <= document.getNumberOfPages(); page++) {
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                pages.add(stripper.getText(document).lines().toList());
            }
        }
        return new ReportShape(paragraphs, rows, pages);
    }

    byte[] writeDocx() throws IOException {
        try (var document = new XWPFDocument();
                var out = new ByteArrayOutputStream()) {
            for (String text : paragraphs) {
                document.createParagraph().createRun().setText(text);
            }
            if (!tableRows.isEmpty()) {
                int columns = tableRows.stream().mapToInt(List::size).max().orElse(1);
                XWPFTable table = document.createTable(tableRows.size(), columns);
                for (int r = 0; r < tableRows.size(); r++) {
                    List<String> cells = tableRows.get(r);
                    for (int c = 0; c < cells.size(); c++) {
                        table.getRow(r).getCell(c).setText(cells.get(c));
                    }
                }
            }
            document.write(out);
            return out.toByteArray();
        }
    }

    byte[] writePdf() throws IOException {
        try (var document = new PDDocument();
                InputStream fontBytes = ReportShape.class.getResourceAsStream(FONT);
                var out = new ByteArrayOutputStream()) {
            var font = PDType0Font.load(document, fontBytes, true);
            for (List<String> lines : pageLines) {
                var page = new PDPage(PDRectangle.A4);
                document.addPage(page);
                try (var content = new PDPageContentStream(document, page)) {
                    content.beginText();
                    content.setFont(font, 11);
                    content.newLineAtOffset(70, 780);
                    for (String line : lines) {
                        showText(content, line);
                        content.newLineAtOffset(0, -14);
                    }
                    content.endText();
                }
            }
            document.save(out);
            return out.toByteArray();
        }
    }

    /** A character the font lacks (a tab, a symbol) is written as a space. */
    private static void showText(PDPageContentStream content, String line) throws IOException {
        try {
            content.showText(line);
        } catch (IllegalArgumentException e) {
            content.showText(line.replaceAll("[^\\p{L}\\p{N}\\p{P} ]", " "));
        }
    }

    @Override
    public String toString() {
        return String.format(
                Locale.ROOT,
                "DOCX %d paragraphs and %d table rows, PDF %d pages and %d lines",
                paragraphs.size(),
                tableRows.size(),
                pageLines.size(),
                pageLines.stream().mapToInt(List::size).sum());
    }
}
