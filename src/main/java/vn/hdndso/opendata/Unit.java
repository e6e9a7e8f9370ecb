package vn.hdndso.opendata;

import java.util.Arrays;
import java.util.Optional;

/** The unit of a numeric column, shown beside its name; values are stored as written. */
public enum Unit {
    NONE(""),
    DONG("đồng"),
    NGHIN_DONG("nghìn đồng"),
    TRIEU_DONG("triệu đồng"),
    TY_DONG("tỷ đồng"),
    HA("ha"),
    M2("m²"),
    KM("km"),
    PERCENT("%"),
    PERSON("người"),
    HOUSEHOLD("hộ"),
    PROJECT("dự án");

    private final String symbol;

    Unit(String symbol) {
        this.symbol = symbol;
    }

    /** How the unit is written in Vietnamese ("tỷ đồng"); empty for none. */
    public String symbol() {
        return symbol;
    }

    public static Optional<Unit> byName(String name) {
        return Arrays.stream(values()).filter(u -> u.name().equals(name)).findFirst();
    }
}
