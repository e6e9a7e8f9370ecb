package vn.hdndso.opendata.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Where a table's heading is in a grid of cells and what it calls each column: after title lines
 * (merged across the sheet), over one or several rows (merged cells), with or without a row that
 * numbers the columns ("1 2 3 …", common in the Ministry of Finance's sheets).
 */
final class Headings {

    private static final int SCAN_ROWS = 40;

    private Headings() {}

    static int lastNonEmpty(List<String> row) {
        for (int i = row.size() - 1; i >= 0; i--) {
            if (!row.get(i).isBlank()) {
                return i;
            }
        }
        return -1;
    }

    private static int nonEmpty(List<String> row) {
        int n = 0;
        for (String c : row) {
            if (!c.isBlank()) {
                n++;
            }
        }
        return n;
    }

    static boolean numberLike(String cell) {
        return CellParser.number(cell) != null
                || CellParser.date(cell).value() != null
                || (cell.endsWith("%") && CellParser.number(cell.substring(0, cell.length() - 1)) != null);
    }

    private static int numberLikeCount(List<String> row) {
        int n = 0;
        for (String c : row) {
            if (!c.isBlank() && numberLike(c)) {
                n++;
            }
        }
        return n;
    }

    private static int distinct(List<String> row) {
        return (int) row.stream().filter(c -> !c.isBlank()).distinct().count();
    }

    private static boolean wordy(List<String> row) {
        int filled = nonEmpty(row);
        return distinct(row) >= 2 && numberLikeCount(row) * 2 < filled;
    }

    /**
     * The heading is the row of words just above the first row holding numbers (title lines
     * above it, merged across the sheet, count once); a table of words only has its heading on
     * the first row of words.
     */
    static int detectHeader(List<List<String>> grid) {
        int scan = Math.min(grid.size(), SCAN_ROWS);
        for (int r = 1; r < scan; r++) {
            List<String> row = grid.get(r);
            if (numberLikeCount(row) > 0 && distinct(row) >= 2) {
                int above = r - 1;
                while (above >= 0 && nonEmpty(grid.get(above)) == 0) {
                    above--;
                }
                if (above >= 0 && isColumnNumbering(row)) {
                    continue;
                }
                if (above >= 0 && isColumnNumbering(grid.get(above))) {
                    above--;
                }
                if (above >= 0 && wordy(grid.get(above))) {
                    int top = above;
                    while (top > 0 && above - top < 2 && continuesHeading(grid.get(top - 1), grid.get(top))) {
                        top--;
                    }
                    return top;
                }
                break;
            }
        }
        for (int r = 0; r < scan; r++) {
            if (wordy(grid.get(r))) {
                return r;
            }
        }
        return 0;
    }

    /** Whether {@code upper} is the first part of a heading that {@code lower} continues (merged cells). */
    private static boolean continuesHeading(List<String> upper, List<String> lower) {
        if (!wordy(upper) || numberLikeCount(upper) > 0) {
            return false;
        }
        for (int c = 0; c < upper.size(); c++) {
            String up = upper.get(c);
            if (up.isBlank()) {
                continue;
            }
            String down = c < lower.size() ? lower.get(c) : "";
            String right = c + 1 < upper.size() ? upper.get(c + 1) : "";
            if (up.equals(down) || (up.equals(right) && !down.isBlank())) {
                return true;
            }
        }
        return false;
    }

    /** How many rows the heading starting at {@code header} spans: up to the first row holding numbers. */
    static int detectHeaderRows(List<List<String>> grid, int header) {
        int count = 1;
        while (count < 3 && header + count < grid.size()) {
            List<String> next = grid.get(header + count);
            if (isColumnNumbering(next)) {
                return count + 1;
            }
            if (nonEmpty(next) == 0 || numberLikeCount(next) > 0) {
                break;
            }
            if (!continuesHeading(grid.get(header + count - 1), next)) {
                break;
            }
            count++;
        }
        if (header + count < grid.size() && isColumnNumbering(grid.get(header + count))) {
            count++;
        }
        return count;
    }

    private static final Pattern COLUMN_NUMBER =
            Pattern.compile("\\(?[0-9]{1,2}\\)?|\\(?[A-Z]\\)?|[0-9]{1,2}=[0-9+\\-*/]+");

    /** A row "1 2 3 4 …" or "A B 1 2 …" that numbers the columns under a heading (common in MOF sheets). */
    static boolean isColumnNumbering(List<String> row) {
        int filled = nonEmpty(row);
        int small = 0;
        for (String c : row) {
            if (COLUMN_NUMBER.matcher(c).matches()) {
                small++;
            }
        }
        return filled >= 2 && small == filled;
    }

    /**
     * Each column's name: its heading rows' cells joined, the column numbering left out. Linear in
     * the heading's cells (a file of 1,300 columns once took seconds: every column re-tested every
     * heading row).
     */
    static List<String> columnNames(List<List<String>> grid, int header, int count, int width) {
        List<List<String>> headingRows = new ArrayList<>();
        for (int r = header; r < header + count && r < grid.size(); r++) {
            if (!isColumnNumbering(grid.get(r))) {
                headingRows.add(grid.get(r));
            }
        }
        List<String> names = new ArrayList<>();
        for (int c = 0; c < width; c++) {
            List<String> parts = new ArrayList<>();
            for (List<String> row : headingRows) {
                String part = c < row.size() ? row.get(c) : "";
                if (!part.isBlank() && (parts.isEmpty() || !parts.getLast().equals(part))) {
                    parts.add(part);
                }
            }
            names.add(parts.isEmpty() ? "" : String.join(" – ", parts));
        }
        return names;
    }
}
