package vn.hdndso.opendata.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.jspecify.annotations.Nullable;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.XMLFilterImpl;

/**
 * Reads one sheet of an XLSX workbook through POI's event (SAX) API, never its object model: the
 * sheet's rows as they come, at most {@link Spreadsheets#MAX_ROWS} rows and {@link
 * Spreadsheets#MAX_COLUMNS} columns, and its merged regions as declared. A sheet beyond the row
 * limit is refused while it is read, before it is held.
 */
final class XlsxSheets {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d/M/yyyy");

    private XlsxSheets() {}

    /** A sheet read: the workbook's sheet names, the chosen index, its rows and merged regions. */
    record Sheet(List<String> names, int index, List<List<String>> rows, List<CellRangeAddress> merged) {}

    /** Stops the parser once the sheet has more rows or cells than allowed. */
    private static final class TooManyRows extends RuntimeException {
        TooManyRows() {
            super(null, null, false, false);
        }
    }

    /**
     * @throws IllegalArgumentException with a message key when the workbook cannot be read or is too
     *     large
     */
    static Sheet read(byte[] bytes, int sheetIndex) {
        try (OPCPackage pkg = OPCPackage.open(new ByteArrayInputStream(bytes))) {
            XSSFReader reader = new XSSFReader(pkg);
            List<String> names = new ArrayList<>();
            var iterator = reader.getSheetIterator();
            while (iterator.hasNext()) {
                iterator.next().close();
                names.add(iterator.getSheetName());
            }
            if (names.isEmpty()) {
                throw new IllegalArgumentException("opendata.file.noSheet");
            }
            int index = sheetIndex >= 0 && sheetIndex < names.size() ? sheetIndex : 0;
            var strings = new ReadOnlySharedStringsTable(pkg);
            var sheets = reader.getSheetIterator();
            for (int i = 0; i < index; i++) {
                sheets.next().close();
            }
            try (InputStream sheet = sheets.next()) {
                var collector = new Rows();
                var merges = new MergedRegions();
                XMLReader parser = XMLHelper.newXMLReader();
                merges.setParent(parser);
                merges.setContentHandler(
                        new XSSFSheetXMLHandler(reader.getStylesTable(), strings, collector, new PlainValues(), false));
                merges.parse(new InputSource(sheet));
                return new Sheet(names, index, collector.rows, merges.regions);
            }
        } catch (TooManyRows e) {
            throw new IllegalArgumentException("opendata.file.tooLargeSheet", e);
        } catch (IOException | SAXException | OpenXML4JException | ParserConfigurationException | RuntimeException e) {
            if (e.getCause() instanceof TooManyRows
                    || e instanceof SAXException s && s.getException() instanceof TooManyRows) {
                throw new IllegalArgumentException("opendata.file.tooLargeSheet", e);
            }
            if (e instanceof IllegalArgumentException iae
                    && iae.getMessage() != null
                    && iae.getMessage().startsWith("opendata.")) {
                throw iae;
            }
            throw new IllegalArgumentException("opendata.file.corruptWorkbook", e);
        }
    }

    /** Numbers plainly (no grouping, no exponent, point as decimal separator), dates as d/M/yyyy. */
    private static final class PlainValues extends DataFormatter {
        @Override
        public String formatRawCellContents(double value, int formatIndex, @Nullable String formatString) {
            if (DateUtil.isADateFormat(formatIndex, formatString) && DateUtil.isValidExcelDate(value)) {
                return DateUtil.getLocalDateTime(value).toLocalDate().format(DATE);
            }
            return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
        }
    }

    /** The rows in order (a row the sheet skips is empty), each up to the column limit. */
    private static final class Rows implements XSSFSheetXMLHandler.SheetContentsHandler {
        final List<List<String>> rows = new ArrayList<>();
        private List<String> cells = new ArrayList<>();
        private long count;

        @Override
        public void startRow(int rowNum) {
            if (rowNum >= Spreadsheets.MAX_ROWS) {
                throw new TooManyRows();
            }
            while (rows.size() < rowNum) {
                rows.add(new ArrayList<>());
            }
            cells = new ArrayList<>();
        }

        @Override
        public void endRow(int rowNum) {
            rows.add(cells);
        }

        @Override
        public void cell(String reference, @Nullable String formattedValue, @Nullable XSSFComment comment) {
            int column = new CellReference(reference).getCol();
            if (column >= Spreadsheets.MAX_COLUMNS) {
                return;
            }
            count += column + 1 - cells.size();
            if (count > Spreadsheets.MAX_CELLS) {
                throw new TooManyRows();
            }
            while (cells.size() < column) {
                cells.add("");
            }
            String value = formattedValue == null ? "" : formattedValue;
            cells.add(value.startsWith("ERROR:") ? "" : value);
        }
    }

    /** Picks the {@code <mergeCell ref="A1:B2"/>} elements out of the sheet as it streams by. */
    private static final class MergedRegions extends XMLFilterImpl {
        final List<CellRangeAddress> regions = new ArrayList<>();

        @Override
        public void startElement(String uri, String localName, String qName, Attributes attributes)
                throws SAXException {
            if ("mergeCell".equals(localName)) {
                String ref = attributes.getValue("ref");
                if (ref != null && regions.size() < Spreadsheets.MAX_MERGED_REGIONS) {
                    try {
                        regions.add(CellRangeAddress.valueOf(ref));
                    } catch (IllegalArgumentException e) {
                        // a damaged reference merges nothing
                    }
                }
            }
            super.startElement(uri, localName, qName, attributes);
        }
    }
}
