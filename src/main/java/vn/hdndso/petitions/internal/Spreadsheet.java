package vn.hdndso.petitions.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import vn.hdndso.shared.VnText;

/**
 * Reads a list of petitions from CSV or XLSX/XLS into a header row and data rows of text, every
 * cell in Unicode NFC. CSV may be UTF-8 (with or without BOM) or Windows-1258, the old Vietnamese
 * Windows code page, which Java decodes into combining marks (NFD-like) — both end up the same
 * NFC text. Separator: comma, semicolon or tab, whichever the header uses most.
 */
final class Spreadsheet {

    /** The parsed table; {@code rows} do not include the header. */
    public record Table(List<String> headers, List<List<String>> rows, String encoding) {}

    public static final int MAX_ROWS = 20_000;

    private static final Charset WINDOWS_1258 = Charset.forName("windows-1258");

    private Spreadsheet() {}

    /** @throws IllegalArgumentException with a message key when the file cannot be read */
    public static Table read(String fileName, byte[] content) {
        if (content.length >= 4 && content[0] == 'P' && content[1] == 'K'
                || content.length >= 8 && (content[0] & 0xff) == 0xD0 && (content[1] & 0xff) == 0xCF) {
            return workbook(content);
        }
        return csv(content);
    }

    static Table csv(byte[] content) {
        String encoding = "UTF-8";
        String text;
        try {
            text = StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(content))
                    .toString();
        } catch (CharacterCodingException e) {
            text = new String(content, WINDOWS_1258);
            encoding = "Windows-1258";
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        List<List<String>> records = parse(text);
        if (records.isEmpty()) {
            throw new IllegalArgumentException("petitions.import.empty");
        }
        List<String> headers = records.get(0);
        return new Table(headers, records.subList(1, records.size()), encoding);
    }

    private static List<List<String>> parse(String text) {
        int firstLine = text.indexOf('\n');
        String header = firstLine < 0 ? text : text.substring(0, firstLine);
        char separator = ',';
        long commas = header.chars().filter(c -> c == ',').count();
        long semicolons = header.chars().filter(c -> c == ';').count();
        long tabs = header.chars().filter(c -> c == '\t').count();
        if (semicolons > commas && semicolons >= tabs) {
            separator = ';';
        } else if (tabs > commas && tabs > semicolons) {
            separator = '\t';
        }
        List<List<String>> records = new ArrayList<>();
        List<String> record = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cell.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == separator) {
                record.add(VnText.normalize(cell.toString()));
                cell.setLength(0);
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                record.add(VnText.normalize(cell.toString()));
                cell.setLength(0);
                addIfNotBlank(records, record);
                record = new ArrayList<>();
            } else {
                cell.append(c);
            }
            if (records.size() > MAX_ROWS + 1) {
                throw new IllegalArgumentException("petitions.import.tooManyRows");
            }
        }
        if (cell.length() > 0 || !record.isEmpty()) {
            record.add(VnText.normalize(cell.toString()));
            addIfNotBlank(records, record);
        }
        return records;
    }

    private static void addIfNotBlank(List<List<String>> records, List<String> record) {
        if (record.stream().anyMatch(s -> !s.isBlank())) {
            records.add(record);
        }
    }

    static Table workbook(byte[] content) {
        try (Workbook workbook = WorkbookFactory.create(new ByteArrayInputStream(content))) {
            if (workbook.getNumberOfSheets() == 0) {
                throw new IllegalArgumentException("petitions.import.empty");
            }
            Sheet sheet = workbook.getSheetAt(0);
            DataFormatter formatter = new DataFormatter();
            List<List<String>> records = new ArrayList<>();
            for (Row row : sheet) {
                if (records.size() > MAX_ROWS + 1) {
                    throw new IllegalArgumentException("petitions.import.tooManyRows");
                }
                List<String> record = new ArrayList<>();
                for (int c = 0; c < Math.max(0, row.getLastCellNum()); c++) {
                    Cell cell = row.getCell(c);
                    record.add(VnText.normalize(cell == null ? "" : text(cell, formatter)));
                }
                addIfNotBlank(records, record);
            }
            if (records.isEmpty()) {
                throw new IllegalArgumentException("petitions.import.empty");
            }
            return new Table(records.get(0), records.subList(1, records.size()), "XLSX");
        } catch (IOException | RuntimeException e) {
            if (e instanceof IllegalArgumentException iae
                    && iae.getMessage() != null
                    && iae.getMessage().startsWith("petitions.")) {
                throw iae;
            }
            throw new IllegalArgumentException("petitions.import.unreadable", e);
        }
    }

    private static String text(Cell cell, DataFormatter formatter) {
        if (cell.getCellType() == CellType.NUMERIC && DateUtil.isCellDateFormatted(cell)) {
            LocalDate date = cell.getDateCellValue()
                    .toInstant()
                    .atZone(vn.hdndso.shared.VnTime.ZONE)
                    .toLocalDate();
            return date.toString();
        }
        return formatter.formatCellValue(cell);
    }
}
