package vn.hdndso.opendata.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntConsumer;
import org.jspecify.annotations.Nullable;
import vn.hdndso.opendata.Column;

/**
 * Validates the data rows of a {@link SourceTable} against a column mapping: every cell is read
 * as its column's type; a row with any unreadable cell is refused as a whole, with one reason
 * per cell (row number in the file, column, Vietnamese message key).
 */
final class TableCheck {

    private TableCheck() {}

    /** A good row: its number in the file and its typed values, one per column. */
    record GoodRow(int number, List<@Nullable Object> values) {}

    /** Why a cell refuses its row. */
    record Problem(int row, String column, String value, String messageKey, Object[] arguments) {}

    /**
     * @param badRows how many rows were refused
     * @param problems the reasons (one per bad cell)
     */
    record Result(List<GoodRow> good, int badRows, List<Problem> problems) {

        public int total() {
            return good.size() + badRows;
        }
    }

    /** Checks every row; {@code progress} hears how many rows are done every few thousand rows. */
    public static Result check(SourceTable table, List<Column> columns, @Nullable IntConsumer progress) {
        List<GoodRow> good = new ArrayList<>(table.rows().size());
        List<Problem> problems = new ArrayList<>();
        int bad = 0;
        int done = 0;
        for (SourceTable.SourceRow row : table.rows()) {
            List<@Nullable Object> values = new ArrayList<>(columns.size());
            boolean ok = true;
            for (int c = 0; c < columns.size(); c++) {
                Column column = columns.get(c);
                CellParser.Parsed parsed = CellParser.parse(row.cell(c), column.type());
                String problemKey = parsed.problemKey();
                if (problemKey != null) {
                    ok = false;
                    problems.add(new Problem(row.number(), column.name(), row.cell(c), problemKey, parsed.arguments()));
                }
                values.add(parsed.value());
            }
            for (int c = columns.size(); c < row.cells().size(); c++) {
                if (!row.cells().get(c).isBlank()) {
                    ok = false;
                    problems.add(new Problem(
                            row.number(), "#" + (c + 1), row.cells().get(c), "opendata.row.extraCell", new Object[] {
                                c + 1
                            }));
                    break;
                }
            }
            if (ok) {
                good.add(new GoodRow(row.number(), values));
            } else {
                bad++;
            }
            done++;
            if (progress != null && done % 2000 == 0) {
                progress.accept(done);
            }
        }
        return new Result(good, bad, problems);
    }
}
