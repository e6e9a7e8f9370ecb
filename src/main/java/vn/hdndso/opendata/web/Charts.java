package vn.hdndso.opendata.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import vn.hdndso.opendata.CellText;
import vn.hdndso.opendata.Column;
import vn.hdndso.opendata.ColumnType;
import vn.hdndso.opendata.DatasetVersion;

/**
 * What the dataset page charts: a numeric column (summed) by a label column. By default the
 * first year or date column (a line over time), else the first text column (bars, the largest
 * {@value #MAX_BARS}).
 */
final class Charts {

    static final int MAX_BARS = 30;

    private Charts() {}

    /** The chosen columns and the kind of chart. */
    record Choice(int label, int value, boolean line) {}

    static @Nullable Choice choose(
            DatasetVersion version, @Nullable String x, @Nullable String y, @Nullable String kind) {
        List<Column> columns = version.columns();
        int label = x == null ? -1 : version.columnIndex(x);
        int value = y == null ? -1 : version.columnIndex(y);
        if (label < 0) {
            label = first(columns, ColumnType.YEAR);
            if (label < 0) {
                label = first(columns, ColumnType.DATE);
            }
            if (label < 0) {
                label = first(columns, ColumnType.TEXT);
            }
        }
        if (value < 0
                || !columns.get(value).type().numeric()
                || columns.get(value).type() == ColumnType.YEAR) {
            // amounts first; a whole-number column is often a row number or a code
            value = -1;
            for (ColumnType preferred :
                    List.of(ColumnType.MONEY, ColumnType.DECIMAL, ColumnType.PERCENT, ColumnType.INTEGER)) {
                for (int i = 0; i < columns.size() && value < 0; i++) {
                    if (i != label && columns.get(i).type() == preferred) {
                        value = i;
                    }
                }
            }
        }
        if (label < 0 || value < 0) {
            return null;
        }
        ColumnType labelType = columns.get(label).type();
        boolean line = kind == null || kind.isBlank()
                ? labelType == ColumnType.YEAR || labelType == ColumnType.DATE
                : kind.equals("line");
        return new Choice(label, value, line);
    }

    private static int first(List<Column> columns, ColumnType type) {
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i).type() == type) {
                return i;
            }
        }
        return -1;
    }

    /** Sums values by label, in the label's order (time) or largest first (categories). */
    static final class Sums {
        private final Map<Object, BigDecimal> sums = new LinkedHashMap<>();
        private final Choice choice;

        Sums(Choice choice) {
            this.choice = choice;
        }

        void add(List<@Nullable Object> values) {
            Object label = values.get(choice.label());
            Object value = values.get(choice.value());
            if (label != null && value instanceof BigDecimal n) {
                sums.merge(label, n, BigDecimal::add);
            }
        }

        List<ChartSvg.Point> points(ColumnType labelType) {
            List<Map.Entry<Object, BigDecimal>> entries = new ArrayList<>(sums.entrySet());
            if (labelType == ColumnType.YEAR || labelType == ColumnType.DATE || labelType.numeric()) {
                entries.sort(Comparator.comparing(e -> e.getKey().toString()));
                if (labelType == ColumnType.YEAR) {
                    entries.sort(Comparator.comparing(e -> (Integer) e.getKey()));
                }
            } else {
                entries.sort(Map.Entry.<Object, BigDecimal>comparingByValue().reversed());
                if (entries.size() > MAX_BARS) {
                    entries = entries.subList(0, MAX_BARS);
                }
            }
            return entries.stream()
                    .map(e -> new ChartSvg.Point(CellText.display(e.getKey()), e.getValue()))
                    .toList();
        }

        int groups() {
            return sums.size();
        }
    }
}
