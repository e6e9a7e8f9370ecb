package vn.hdndso.reports.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.List;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.UnderlinePatterns;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;

/**
 * A report as a Word file in the Decree 30 layout (Annex I): A4, margins 20 mm top and bottom, 30 mm
 * left, 20 mm right; Times New Roman, 14 pt for the text and 13 pt in the heading and the table; the
 * heading as a two-column table without borders (issuing body and number on the left, national
 * title, motto underlined and place and date on the right); then title, subject, text, the table of
 * indicators, and the recipients beside the signer's block.
 */
final class ReportDocx {

    static final String FONT = "Times New Roman";
    private static final int TEXT = 14;
    private static final int SMALL = 13;
    private static final int RECIPIENTS = 11;
    /** Twentieths of a point: A4 and the margins of Decree 30. */
    private static final long A4_WIDTH = 11906;

    private static final long A4_HEIGHT = 16838;
    private static final long MM20 = 1134;
    private static final long MM30 = 1701;
    private static final int FIRST_LINE_INDENT = 567; // 10 mm

    private ReportDocx() {}

    static byte[] write(ReportContent report) {
        try (var doc = new XWPFDocument();
                var out = new ByteArrayOutputStream()) {
            page(doc);
            heading(doc, report);
            centred(doc, report.title(), TEXT, true).setSpacingBefore(240);
            centred(doc, report.subject(), TEXT, true).setSpacingAfter(240);
            report.introduction().forEach(p -> text(doc, p, false));
            text(doc, ReportContent.RESULTS_HEADING, true);
            for (var result : report.results()) {
                text(doc, result.heading(), true);
                result.lines().forEach(line -> text(doc, line, false));
            }
            centred(doc, ReportContent.TABLE_HEADING, TEXT, true).setSpacingBefore(120);
            indicatorTable(doc, report.table());
            text(doc, ReportContent.SHORTCOMINGS_HEADING, true).setSpacingBefore(120);
            report.shortcomings().forEach(s -> text(doc, "- " + s, false));
            text(doc, ReportContent.TASKS_HEADING, true);
            int n = 1;
            for (String task : report.nextTasks()) {
                text(doc, (n++) + ". " + task, false);
            }
            text(doc, report.closingSentence(), false);
            closing(doc, report);
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void page(XWPFDocument doc) {
        CTSectPr section = doc.getDocument().getBody().addNewSectPr();
        CTPageSz size = section.addNewPgSz();
        size.setW(BigInteger.valueOf(A4_WIDTH));
        size.setH(BigInteger.valueOf(A4_HEIGHT));
        CTPageMar margins = section.addNewPgMar();
        margins.setTop(BigInteger.valueOf(MM20));
        margins.setBottom(BigInteger.valueOf(MM20));
        margins.setLeft(BigInteger.valueOf(MM30));
        margins.setRight(BigInteger.valueOf(MM20));
    }

    private static void heading(XWPFDocument doc, ReportContent report) {
        XWPFTable table = doc.createTable(1, 2);
        table.removeBorders();
        table.setWidth("100%");
        XWPFTableCell left = table.getRow(0).getCell(0);
        XWPFTableCell right = table.getRow(0).getCell(1);
        left.setWidth("40%");
        right.setWidth("60%");
        List<String> body = report.issuingBody();
        for (int i = 0; i < body.size(); i++) {
            boolean last = i == body.size() - 1;
            run(cellParagraph(left, i), body.get(i), SMALL, last, last);
        }
        run(cellParagraph(left, body.size()), report.numberLine(), SMALL, false, false);
        run(cellParagraph(right, 0), ReportContent.NATIONAL_TITLE, SMALL - 1, true, false);
        run(cellParagraph(right, 1), ReportContent.MOTTO, SMALL, true, true);
        XWPFParagraph date = cellParagraph(right, 2);
        date.setSpacingBefore(120);
        run(date, report.placeAndDate(), SMALL, false, false).setItalic(true);
    }

    private static void indicatorTable(XWPFDocument doc, List<ReportContent.IndicatorRow> rows) {
        XWPFTable table = doc.createTable(rows.size() + 1, ReportContent.TABLE_COLUMNS.size());
        table.setWidth("100%");
        String[] widths = {"8%", "37%", "20%", "17%", "18%"};
        for (int c = 0; c < widths.length; c++) {
            XWPFTableCell cell = table.getRow(0).getCell(c);
            cell.setWidth(widths[c]);
            run(cellParagraph(cell, 0), ReportContent.TABLE_COLUMNS.get(c), SMALL, true, false);
        }
        for (int r = 0; r < rows.size(); r++) {
            List<String> cells = rows.get(r).cells();
            for (int c = 0; c < cells.size(); c++) {
                XWPFTableCell cell = table.getRow(r + 1).getCell(c);
                cell.setWidth(widths[c]);
                XWPFParagraph p = cellParagraph(cell, 0);
                p.setAlignment(c == 1 ? ParagraphAlignment.LEFT : ParagraphAlignment.CENTER);
                run(p, cells.get(c), SMALL, false, false);
            }
        }
    }

    private static void closing(XWPFDocument doc, ReportContent report) {
        XWPFTable table = doc.createTable(1, 2);
        table.removeBorders();
        table.setWidth("100%");
        XWPFTableCell left = table.getRow(0).getCell(0);
        XWPFTableCell right = table.getRow(0).getCell(1);
        left.setWidth("50%");
        right.setWidth("50%");
        XWPFParagraph heading = cellParagraph(left, 0);
        heading.setAlignment(ParagraphAlignment.LEFT);
        heading.setSpacingBefore(240);
        XWPFRun label = run(heading, ReportContent.RECIPIENTS_HEADING, SMALL - 1, true, false);
        label.setItalic(true);
        List<String> recipients = report.recipients();
        for (int i = 0; i < recipients.size(); i++) {
            XWPFParagraph p = cellParagraph(left, i + 1);
            p.setAlignment(ParagraphAlignment.LEFT);
            run(p, "- " + recipients.get(i), RECIPIENTS, false, false);
        }
        XWPFParagraph authority = cellParagraph(right, 0);
        authority.setSpacingBefore(240);
        run(authority, report.signerAuthority(), TEXT, true, false);
        run(cellParagraph(right, 1), report.signerPosition(), TEXT, true, false);
        for (int i = 2; i < 6; i++) {
            cellParagraph(right, i); // room for the signature and the seal; the signer's name is left blank
        }
    }

    /** The cell's i-th paragraph, centred, made if missing (a new cell has one). */
    private static XWPFParagraph cellParagraph(XWPFTableCell cell, int i) {
        while (cell.getParagraphs().size() <= i) {
            cell.addParagraph();
        }
        XWPFParagraph paragraph = cell.getParagraphs().get(i);
        paragraph.setAlignment(ParagraphAlignment.CENTER);
        paragraph.setSpacingAfter(0);
        return paragraph;
    }

    private static XWPFParagraph centred(XWPFDocument doc, String text, int size, boolean bold) {
        XWPFParagraph paragraph = doc.createParagraph();
        paragraph.setAlignment(ParagraphAlignment.CENTER);
        paragraph.setSpacingAfter(0);
        run(paragraph, text, size, bold, false);
        return paragraph;
    }

    private static XWPFParagraph text(XWPFDocument doc, String text, boolean bold) {
        XWPFParagraph paragraph = doc.createParagraph();
        paragraph.setAlignment(ParagraphAlignment.BOTH);
        paragraph.setIndentationFirstLine(FIRST_LINE_INDENT);
        paragraph.setSpacingAfter(120);
        run(paragraph, text, TEXT, bold, false);
        return paragraph;
    }

    private static XWPFRun run(XWPFParagraph paragraph, String text, int size, boolean bold, boolean underline) {
        XWPFRun run = paragraph.createRun();
        run.setFontFamily(FONT);
        run.setFontSize(size);
        run.setBold(bold);
        if (underline) {
            run.setUnderline(UnderlinePatterns.SINGLE);
        }
        run.setText(text);
        return run;
    }
}
