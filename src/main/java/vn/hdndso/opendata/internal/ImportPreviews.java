package vn.hdndso.opendata.internal;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import vn.hdndso.opendata.Column;
import vn.hdndso.opendata.ImportPreview;
import vn.hdndso.opendata.RowProblem;

/** What the clerk sees before importing: the first rows with their refused cells, and the counts. */
final class ImportPreviews {

    private static final int PREVIEW_ROWS = 20;
    private static final int MAX_PROBLEMS = 500;

    private ImportPreviews() {}

    static ImportPreview preview(ImportRepository.Upload upload, SourceTable table, List<Column> columns) {
        TableCheck.Result result = TableCheck.check(table, columns, null);
        List<RowProblem> problems = problems(result.problems());
        List<ImportPreview.PreviewRow> rows = new ArrayList<>();
        for (SourceTable.SourceRow row :
                table.rows().subList(0, Math.min(PREVIEW_ROWS, table.rows().size()))) {
            List<ImportPreview.PreviewCell> cells = new ArrayList<>();
            boolean refused = false;
            for (int c = 0; c < columns.size(); c++) {
                @Nullable RowProblem problem = null;
                for (RowProblem p : problems) {
                    if (p.row() == row.number()
                            && p.column().equals(columns.get(c).name())) {
                        problem = p;
                        refused = true;
                        break;
                    }
                }
                cells.add(new ImportPreview.PreviewCell(row.cell(c), problem));
            }
            for (RowProblem p : problems) {
                if (p.row() == row.number()) {
                    refused = true;
                }
            }
            rows.add(new ImportPreview.PreviewRow(row.number(), cells, refused));
        }
        return new ImportPreview(
                upload.id(),
                upload.dataset(),
                upload.fileName(),
                table.format(),
                table.encoding(),
                table.lineEnds(),
                table.delimiterName(),
                table.sheets(),
                table.sheet(),
                table.headerRow(),
                table.headerRows(),
                columns,
                rows,
                table.rows().size(),
                table.emptyRows(),
                result.good().size(),
                result.badRows(),
                problems);
    }

    static List<RowProblem> problems(List<TableCheck.Problem> found) {
        return found.stream()
                .limit(MAX_PROBLEMS)
                .map(p -> new RowProblem(p.row(), p.column(), p.value(), p.messageKey(), p.arguments()))
                .toList();
    }
}
