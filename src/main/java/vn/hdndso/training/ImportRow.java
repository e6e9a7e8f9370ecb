package vn.hdndso.training;

/**
 * A row of an attendance list that cannot be imported, and why.
 *
 * @param number the row's number in the sheet (1 is the header)
 * @param name the name as written
 * @param reason a message key: {@code training.import.unknown}, {@code .ambiguous}, {@code .duplicate}, {@code .noName}
 */
public record ImportRow(int number, String name, String reason) {}
