package vn.hdndso.petitions.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.jspecify.annotations.Nullable;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import vn.hdndso.shared.VnText;

/**
 * Reads a petition list row by row without holding it whole: CSV through a character reader, XLSX
 * through POI's event (SAX) API over the first sheet — never the workbook's object model, so a sheet
 * of 200,000 rows costs the memory of one row. A legacy XLS (at most 65,536 rows by its format) is
 * read by {@link Spreadsheet}. Every cell is Unicode NFC; the header is row 1 and blank rows are left
 * out.
 */
final class SpreadsheetStream {

    /** Receives each row; returns false to stop reading. */
    @FunctionalInterface
    interface Rows {
        boolean row(int number, List<String> cells);
    }

    /** Thrown through the parser to stop it early. */
    private static final class Stop extends RuntimeException {
        Stop() {
            super(null, null, false, false);
        }
    }

    private static final Charset WINDOWS_1258 = Charset.forName("windows-1258");

    private SpreadsheetStream() {}

    /**
     * The data rows under the header (the last row's number less one), in one streamed pass.
     *
     * @throws IllegalArgumentException with a message key when the file cannot be read
     */
    static int count(byte[] content) {
        int[] last = {0};
        read(content, (number, cells) -> {
            last[0] = number;
            return true;
        });
        return Math.max(0, last[0] - 1);
    }

    /** @throws IllegalArgumentException with a message key when the file cannot be read */
    static String read(byte[] content, Rows rows) {
        if (content.length == 0) {
            throw new IllegalArgumentException("petitions.import.empty");
        }
        if (content.length >= 4 && content[0] == 'P' && content[1] == 'K') {
            xlsx(content, rows);
            return "XLSX";
        }
        if (content.length >= 8 && (content[0] & 0xff) == 0xD0 && (content[1] & 0xff) == 0xCF) {
            Spreadsheet.Table table = Spreadsheet.workbook(content);
            if (rows.row(1, table.headers())) {
                for (int i = 0; i < table.rows().size(); i++) {
                    if (!rows.row(i + 2, table.rows().get(i))) {
                        break;
                    }
                }
            }
            return "XLS";
        }
        return csv(content, rows);
    }

    private static String csv(byte[] content, Rows rows) {
        Charset charset = isUtf8(content) ? StandardCharsets.UTF_8 : WINDOWS_1258;
        try (Reader reader = new InputStreamReader(new ByteArrayInputStream(content), charset)) {
            var parser = new CsvRows(reader, rows);
            parser.run();
        } catch (IOException e) {
            throw new IllegalArgumentException("petitions.import.unreadable", e);
        } catch (Stop e) {
            // the receiver has seen enough
        }
        return charset == StandardCharsets.UTF_8 ? "UTF-8" : "Windows-1258";
    }

    private static boolean isUtf8(byte[] content) {
        try {
            StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(content));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    /** A CSV parser over a reader: quotes, doubled quotes, separators , ; or tab chosen from the header. */
    private static final class CsvRows {
        private final Reader reader;
        private final Rows rows;
        private char separator = ',';
        private int number;

        CsvRows(Reader reader, Rows rows) {
            this.reader = reader;
            this.rows = rows;
        }

        void run() throws IOException {
            List<String> record = new ArrayList<>();
            StringBuilder cell = new StringBuilder();
            boolean quoted = false;
            boolean first = true;
            StringBuilder header = new StringBuilder();
            int c = reader.read();
            if (c == '\uFEFF') {
                c = reader.read();
            }
            List<Integer> pending = new ArrayList<>();
            // the separator: the header line decides
            while (c != -1 && c != '\n' && c != '\r') {
                header.append((char) c);
                pending.add(c);
                c = reader.read();
            }
            separator = separatorOf(header.toString());
            if (c != -1) {
                pending.add(c);
            }
            int index = 0;
            while (true) {
                int ch;
                if (index < pending.size()) {
                    ch = pending.get(index++);
                } else {
                    ch = reader.read();
                }
                if (ch == -1) {
                    break;
                }
                char ch0 = (char) ch;
                if (quoted) {
                    if (ch0 == '"') {
                        int next = index < pending.size() ? pending.get(index++) : reader.read();
                        if (next == '"') {
                            cell.append('"');
                            continue;
                        }
                        quoted = false;
                        if (next == -1) {
                            break;
                        }
                        ch0 = (char) next;
                    } else {
                        cell.append(ch0);
                        continue;
                    }
                }
                if (ch0 == '"' && cell.isEmpty()) {
                    quoted = true;
                } else if (ch0 == separator) {
                    record.add(VnText.normalize(cell.toString()));
                    cell.setLength(0);
                } else if (ch0 == '\n' || ch0 == '\r') {
                    if (ch0 == '\r') {
                        int next = index < pending.size() ? pending.get(index++) : reader.read();
                        if (next != '\n' && next != -1) {
                            pending.add(index, next); // keep it for the next round
                        }
                    }
                    record.add(VnText.normalize(cell.toString()));
                    cell.setLength(0);
                    emit(record);
                    record = new ArrayList<>();
                } else {
                    cell.append(ch0);
                }
                first = false;
            }
            if (!cell.isEmpty() || !record.isEmpty()) {
                record.add(VnText.normalize(cell.toString()));
                emit(record);
            }
            if (first && number == 0) {
                throw new IllegalArgumentException("petitions.import.empty");
            }
        }

        private void emit(List<String> record) {
            if (record.stream().anyMatch(s -> !s.isBlank())) {
                number++;
                if (!rows.row(number, record)) {
                    throw new Stop();
                }
            }
        }

        private static char separatorOf(String header) {
            long commas = header.chars().filter(ch -> ch == ',').count();
            long semicolons = header.chars().filter(ch -> ch == ';').count();
            long tabs = header.chars().filter(ch -> ch == '\t').count();
            if (semicolons > commas && semicolons >= tabs) {
                return ';';
            }
            if (tabs > commas && tabs > semicolons) {
                return '\t';
            }
            return ',';
        }
    }

    private static void xlsx(byte[] content, Rows rows) {
        try (OPCPackage pkg = OPCPackage.open(new ByteArrayInputStream(content))) {
            XSSFReader reader = new XSSFReader(pkg);
            var strings = new ReadOnlySharedStringsTable(pkg);
            var sheets = reader.getSheetsData();
            if (!sheets.hasNext()) {
                throw new IllegalArgumentException("petitions.import.empty");
            }
            try (InputStream sheet = sheets.next()) {
                XMLReader parser = XMLHelper.newXMLReader();
                var collector = new SheetRows(rows);
                parser.setContentHandler(
                        new XSSFSheetXMLHandler(reader.getStylesTable(), strings, collector, new IsoDates(), false));
                try {
                    parser.parse(new InputSource(sheet));
                } catch (Stop e) {
                    return;
                }
                if (collector.number == 0) {
                    throw new IllegalArgumentException("petitions.import.empty");
                }
            }
        } catch (IOException | SAXException | OpenXML4JException | ParserConfigurationException | RuntimeException e) {
            if (e instanceof Stop) {
                return;
            }
            if (e instanceof IllegalArgumentException iae
                    && iae.getMessage() != null
                    && iae.getMessage().startsWith("petitions.")) {
                throw iae;
            }
            if (e.getCause() instanceof Stop) {
                return;
            }
            throw new IllegalArgumentException("petitions.import.unreadable", e);
        }
    }

    /** Date cells written as ISO dates (2026-11-20), whatever the sheet's display format. */
    private static final class IsoDates extends DataFormatter {
        @Override
        public String formatRawCellContents(double value, int formatIndex, @Nullable String formatString) {
            if (org.apache.poi.ss.usermodel.DateUtil.isADateFormat(formatIndex, formatString)
                    && org.apache.poi.ss.usermodel.DateUtil.isValidExcelDate(value)) {
                return org.apache.poi.ss.usermodel.DateUtil.getLocalDateTime(value)
                        .toLocalDate()
                        .toString();
            }
            return super.formatRawCellContents(value, formatIndex, formatString);
        }
    }

    /** Collects one sheet row's cells in column order, filling skipped (empty) cells. */
    private static final class SheetRows implements XSSFSheetXMLHandler.SheetContentsHandler {
        private final Rows rows;
        private final List<String> cells = new ArrayList<>();
        int number;

        SheetRows(Rows rows) {
            this.rows = rows;
        }

        @Override
        public void startRow(int rowNum) {
            cells.clear();
        }

        @Override
        public void endRow(int rowNum) {
            if (cells.stream().anyMatch(s -> !s.isBlank())) {
                number++;
                if (!rows.row(number, List.copyOf(cells))) {
                    throw new Stop();
                }
            }
        }

        @Override
        public void cell(String reference, @Nullable String formattedValue, @Nullable XSSFComment comment) {
            int column = new org.apache.poi.ss.util.CellReference(reference).getCol();
            while (cells.size() < column) {
                cells.add("");
            }
            cells.add(VnText.normalize(formattedValue));
        }
    }
}
