package vn.hdndso.opendata;

/** How the cells of a dataset column are read and stored. */
public enum ColumnType {
    /** Free text, stored as written (NFC). */
    TEXT,
    /** A whole number; Vietnamese thousands separators allowed ("1.234.567"). */
    INTEGER,
    /** A number with an optional decimal comma ("1.234,5") or point ("755768.814"). */
    DECIMAL,
    /** Money: a decimal number in the column's unit (đồng, triệu đồng, tỷ đồng). */
    MONEY,
    /** A calendar date, written d/M/yyyy ("05/9/2025") or ISO; stored as ISO. */
    DATE,
    /** A year between 1900 and 2100. */
    YEAR,
    /** A percentage ("12,5%" or "12,5"); stored as the number of percent. */
    PERCENT;

    public boolean numeric() {
        return this != TEXT && this != DATE;
    }

    public String messageKey() {
        return "opendata.type." + name();
    }
}
