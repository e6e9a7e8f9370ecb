package vn.hdndso.training;

import java.util.List;
import vn.hdndso.shared.InvalidInputException;

/**
 * An attendance list with rows that name no delegate of the term (or name one twice): nothing was
 * imported. Every bad row is listed, as a field {@code rows[n].name}, with its reason.
 */
public class AttendanceImportRefused extends InvalidInputException {

    private final transient List<ImportRow> rows;

    public AttendanceImportRefused(List<ImportRow> rows) {
        super(rows.stream()
                .map(r -> new FieldProblem(
                        "rows[" + r.number() + "].name", r.reason(), new Object[] {r.number(), r.name()}))
                .toList());
        this.rows = List.copyOf(rows);
    }

    public List<ImportRow> rows() {
        return rows;
    }
}
