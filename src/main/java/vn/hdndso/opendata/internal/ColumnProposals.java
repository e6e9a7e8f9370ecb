package vn.hdndso.opendata.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import vn.hdndso.opendata.Column;
import vn.hdndso.opendata.ColumnType;
import vn.hdndso.opendata.Unit;
import vn.hdndso.shared.VnText;

/**
 * The column mapping proposed for a table: a unique key, a type read from a sample of the cells
 * and a unit from the heading ("(tỷ đồng)") or the table's "Đơn vị: …" line.
 */
final class ColumnProposals {

    private static final int SAMPLE_ROWS = 1000;

    private ColumnProposals() {}

    /** "Đơn vị: triệu đồng" (or "ĐVT: tỷ đồng") in the lines above the heading. */
    static Unit tableUnit(List<List<String>> grid, int header) {
        for (int r = 0; r < header; r++) {
            for (String cell : grid.get(r)) {
                String folded = VnText.fold(cell);
                if (folded.contains("don vi") || folded.contains("dvt")) {
                    Unit unit = unitIn(folded);
                    if (unit != Unit.NONE) {
                        return unit;
                    }
                }
            }
        }
        return Unit.NONE;
    }

    static Unit unitIn(String folded) {
        if (folded.contains("ty dong") || folded.contains("ty d)") || folded.contains("ty vnd")) {
            return Unit.TY_DONG;
        }
        if (folded.contains("trieu dong") || folded.contains("trieu d") || folded.contains("tr.d")) {
            return Unit.TRIEU_DONG;
        }
        if (folded.contains("nghin dong") || folded.contains("ngan dong")) {
            return Unit.NGHIN_DONG;
        }
        if (folded.matches(".*(\\(dong\\)|\\bvnd\\b|\\(d\\)|: dong|\\bdong\\)).*")) {
            return Unit.DONG;
        }
        if (folded.matches(".*(\\(ha\\)|\\bha\\)|: ha\\b|hecta).*")) {
            return Unit.HA;
        }
        if (folded.contains("(m2)") || folded.contains("(m²)")) {
            return Unit.M2;
        }
        if (folded.contains("(km)")) {
            return Unit.KM;
        }
        if (folded.contains("%") || folded.contains("ty le") || folded.equals("ratio")) {
            return Unit.PERCENT;
        }
        return Unit.NONE;
    }

    static List<Column> proposeColumns(List<String> names, List<SourceTable.SourceRow> rows, Unit tableUnit) {
        List<Column> columns = new ArrayList<>();
        Set<String> keys = new HashSet<>();
        for (int c = 0; c < names.size(); c++) {
            String name = names.get(c).isBlank() ? "Cột " + (c + 1) : names.get(c);
            String key = VnText.slug(name);
            if (key.isEmpty()) {
                key = "cot-" + (c + 1);
            }
            String unique = key;
            for (int n = 2; !keys.add(unique); n++) {
                unique = key + "-" + n;
            }
            ColumnType type = inferType(name, c, rows);
            Unit unit = unitIn(VnText.fold(name));
            if (unit == Unit.NONE && type.numeric() && type != ColumnType.YEAR && type != ColumnType.PERCENT) {
                unit = tableUnit;
            }
            if (type == ColumnType.PERCENT) {
                unit = Unit.PERCENT;
            } else if (unit == Unit.PERCENT && type.numeric() && type != ColumnType.YEAR) {
                type = ColumnType.PERCENT;
            }
            if ((unit == Unit.DONG || unit == Unit.NGHIN_DONG || unit == Unit.TRIEU_DONG || unit == Unit.TY_DONG)
                    && (type == ColumnType.DECIMAL || type == ColumnType.INTEGER)) {
                type = ColumnType.MONEY;
            }
            columns.add(new Column(name, unique, type, unit));
        }
        return columns;
    }

    /**
     * The type that reads at least three cells in five of the column's sample (a footnote, a typo
     * or an impossible date should not turn a column of amounts or dates into text: its row is
     * refused instead, with the reason, and the clerk can still choose Text in the mapping).
     */
    static ColumnType inferType(String name, int column, List<SourceTable.SourceRow> rows) {
        int seen = 0;
        int dates = 0;
        int numbers = 0;
        int integers = 0;
        int years = 0;
        int percents = 0;
        for (SourceTable.SourceRow row : rows) {
            if (seen >= SAMPLE_ROWS) {
                break;
            }
            String cell = row.cell(column);
            if (cell.isBlank() || cell.equals("-")) {
                continue;
            }
            seen++;
            if (CellParser.date(cell).value() != null || CellParser.looksLikeDate(cell)) {
                dates++;
            }
            boolean percent = cell.endsWith("%");
            var n = CellParser.number(percent ? cell.substring(0, cell.length() - 1) : cell);
            if (n == null) {
                continue;
            }
            numbers++;
            if (percent) {
                percents++;
            }
            boolean integral = n.stripTrailingZeros().scale() <= 0;
            if (integral && !percent) {
                integers++;
                if (n.intValue() >= 1900 && n.intValue() <= 2100 && cell.matches("\\d{4}")) {
                    years++;
                }
            }
        }
        if (seen == 0) {
            return ColumnType.TEXT;
        }
        double most = seen * 0.6;
        if (dates >= most) {
            return ColumnType.DATE;
        }
        if (numbers < most) {
            return ColumnType.TEXT;
        }
        String folded = VnText.fold(name);
        if (years == numbers && (folded.contains("nam") || folded.contains("year"))) {
            return ColumnType.YEAR;
        }
        if (percents == numbers) {
            return ColumnType.PERCENT;
        }
        return integers == numbers ? ColumnType.INTEGER : ColumnType.DECIMAL;
    }
}
