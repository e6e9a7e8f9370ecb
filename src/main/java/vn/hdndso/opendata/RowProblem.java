package vn.hdndso.opendata;

/**
 * Why a row of an uploaded file is refused: its row number in the file, the column, the cell as
 * written and a Vietnamese message (key and arguments in the {@code opendata} bundle).
 */
public record RowProblem(int row, String column, String value, String messageKey, Object[] arguments) {

    public RowProblem {
        arguments = arguments.clone();
    }
}
