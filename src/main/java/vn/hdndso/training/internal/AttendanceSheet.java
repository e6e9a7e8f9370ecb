package vn.hdndso.training.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeMap;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.jspecify.annotations.Nullable;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import vn.hdndso.shared.InvalidInputException;
import vn.hdndso.shared.VnText;
import vn.hdndso.training.AttendanceList;

/**
 * Reads an attendance list (XLSX, first sheet): the header row, then one delegate per row in the
 * column headed "Họ và tên", "Họ tên", "Tên" or "Name" (else the first column). Empty rows are
 * skipped; rows are numbered as in the sheet.
 *
 * <p>The sheet is streamed through POI's event (SAX) API, as the open-data and petition imports
 * are, never loaded as a workbook: it holds one row at a time, and stops with a field error as
 * soon as the sheet passes {@link #MAX_ROWS} named rows, {@link #MAX_SHEET_ROWS} rows (blank ones
 * included) or {@link #MAX_CELLS} cells — a small file that declares a huge sheet costs nothing.
 */
final class AttendanceSheet {

    static final int MAX_ROWS = 500;
    static final int MAX_SHEET_ROWS = 10_000;
    static final int MAX_CELLS = 100_000;
    static final int MAX_COLUMNS = 200;

    private AttendanceSheet() {}

    static List<AttendanceList.Line> read(byte[] content) {
        return read(new ByteArrayInputStream(content));
    }

    static List<AttendanceList.Line> read(InputStream content) {
        Collector collector = new Collector();
        try (OPCPackage pkg = OPCPackage.open(content)) {
            XSSFReader reader = new XSSFReader(pkg);
            var sheets = reader.getSheetsData();
            if (!sheets.hasNext()) {
                throw InvalidInputException.of("file", "training.import.noRows");
            }
            var strings = new ReadOnlySharedStringsTable(pkg);
            try (InputStream sheet = sheets.next()) {
                XMLReader parser = XMLHelper.newXMLReader();
                parser.setContentHandler(new XSSFSheetXMLHandler(
                        reader.getStylesTable(), strings, collector, new DataFormatter(), false));
                parser.parse(new InputSource(sheet));
            }
        } catch (IOException | SAXException | OpenXML4JException | ParserConfigurationException | RuntimeException e) {
            InvalidInputException invalid = invalidIn(e);
            throw invalid != null ? invalid : InvalidInputException.of("file", "training.import.unreadable");
        }
        if (collector.lines.isEmpty()) {
            throw InvalidInputException.of("file", "training.import.noRows");
        }
        return List.copyOf(collector.lines);
    }

    /** The field error thrown from inside the parser, which may wrap it. */
    private static @Nullable InvalidInputException invalidIn(Throwable thrown) {
        for (Throwable t = thrown; t != null; t = t.getCause()) {
            if (t instanceof InvalidInputException invalid) {
                return invalid;
            }
        }
        return null;
    }

    /** One row's cells at a time; the header decides the name column. */
    private static final class Collector implements XSSFSheetXMLHandler.SheetContentsHandler {
        private final List<AttendanceList.Line> lines = new ArrayList<>();
        private final TreeMap<Integer, String> cells = new TreeMap<>();
        private int column = -1;
        private int sheetRows;
        private int cellCount;

        @Override
        public void startRow(int rowNum) {
            cells.clear();
            if (++sheetRows > MAX_SHEET_ROWS) {
                throw tooLarge();
            }
        }

        @Override
        public void endRow(int rowNum) {
            if (column < 0) {
                column = nameColumn();
                return;
            }
            String name = VnText.normalize(cells.getOrDefault(column, "")).strip();
            boolean blankRow = name.isEmpty() && cells.values().stream().allMatch(String::isBlank);
            if (blankRow) {
                return;
            }
            if (lines.size() >= MAX_ROWS) {
                throw InvalidInputException.of("file", "training.import.tooManyRows", MAX_ROWS);
            }
            lines.add(new AttendanceList.Line(rowNum + 1, name));
        }

        @Override
        public void cell(String reference, @Nullable String formattedValue, @Nullable XSSFComment comment) {
            if (++cellCount > MAX_CELLS) {
                throw tooLarge();
            }
            int col = new CellReference(reference).getCol();
            if (col < MAX_COLUMNS) {
                cells.put(col, formattedValue == null ? "" : formattedValue);
            }
        }

        private int nameColumn() {
            for (var cell : cells.entrySet()) {
                String title =
                        VnText.fold(cell.getValue()).toLowerCase(Locale.ROOT).strip();
                if (title.equals("ho va ten")
                        || title.equals("ho ten")
                        || title.equals("ten")
                        || title.equals("name")
                        || title.equals("full name")
                        || title.equals("dai bieu")) {
                    return cell.getKey();
                }
            }
            return 0;
        }

        private static InvalidInputException tooLarge() {
            return InvalidInputException.of("file", "training.import.tooLarge", MAX_SHEET_ROWS, MAX_CELLS);
        }
    }
}
