package vn.hdndso.opendata;

/**
 * One column of a dataset version.
 *
 * @param name the heading as shown ("Tổng thu")
 * @param key a stable ASCII key for JSON and the API ("tong-thu")
 * @param type how cells are read
 * @param unit the unit of numeric cells
 */
public record Column(String name, String key, ColumnType type, Unit unit) {

    /** The heading with its unit: "Tổng thu (tỷ đồng)". */
    public String label() {
        return unit == Unit.NONE || unit.symbol().isEmpty() ? name : name + " (" + unit.symbol() + ")";
    }
}
