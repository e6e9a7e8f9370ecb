package vn.hdndso.opendata.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import vn.hdndso.opendata.Column;
import vn.hdndso.opendata.ColumnType;
import vn.hdndso.opendata.ImportSettings;
import vn.hdndso.opendata.Unit;
import vn.hdndso.shared.InvalidInputException;
import vn.hdndso.shared.VnText;

/**
 * An uploaded file read as a table with the clerk's settings (sheet, heading rows) and the clerk's
 * column mapping checked against it; what cannot be read becomes a problem of the field
 * {@code file} or {@code columns}.
 */
final class UploadedTables {

    private UploadedTables() {}

    static SourceTable read(byte @Nullable [] content, String fileName, ImportSettings chosen, int rowLimit) {
        if (content == null || content.length == 0) {
            throw InvalidInputException.of("file", "opendata.file.empty");
        }
        SourceTable table;
        try {
            table = TableReader.read(
                    content,
                    fileName,
                    new TableReader.Options(sheetOf(chosen), chosen.headerRow(), chosen.headerRows()));
        } catch (IllegalArgumentException e) {
            String message = e.getMessage();
            String key = message != null && message.startsWith("opendata.") ? message : "opendata.file.unreadable";
            throw InvalidInputException.of("file", key);
        }
        if (table.rows().size() > rowLimit) {
            throw InvalidInputException.of("file", "opendata.file.tooManyRows", rowLimit);
        }
        if (table.rows().isEmpty()) {
            throw InvalidInputException.of("file", "opendata.file.noRows");
        }
        return table;
    }

    /** The clerk's mapping checked against the table: one column each, names and keys unique. */
    static List<Column> mapping(SourceTable table, ImportSettings chosen) {
        List<Column> given = chosen.columns();
        if (given == null || given.isEmpty()) {
            return table.columns();
        }
        var problems = new InvalidInputException.Collector();
        if (given.size() != table.columns().size()) {
            problems.add("columns", "opendata.mapping.count", table.columns().size(), given.size());
            problems.throwIfAny();
        }
        List<Column> columns = new ArrayList<>();
        Set<String> keys = new HashSet<>();
        for (int i = 0; i < given.size(); i++) {
            Column c = given.get(i);
            String name = VnText.normalize(c.name());
            if (name.isEmpty()) {
                name = table.columns().get(i).name();
            }
            if (name.length() > 200) {
                problems.add("columns[" + i + "].name", "opendata.field.tooLong", 200);
            }
            String givenKey = c.key();
            String key = VnText.slug(givenKey == null || givenKey.isBlank() ? name : givenKey);
            if (key.isEmpty()) {
                key = "cot-" + (i + 1);
            }
            if (!keys.add(key)) {
                problems.add("columns[" + i + "].name", "opendata.mapping.duplicate", name);
            }
            ColumnType givenType = c.type();
            ColumnType type = givenType == null ? table.columns().get(i).type() : givenType;
            Unit givenUnit = c.unit();
            Unit unit = givenUnit == null ? Unit.NONE : givenUnit;
            columns.add(new Column(name, key, type, unit));
        }
        problems.throwIfAny();
        return columns;
    }

    private static int sheetOf(ImportSettings chosen) {
        Integer sheet = chosen.sheet();
        return sheet == null ? 0 : sheet;
    }
}
