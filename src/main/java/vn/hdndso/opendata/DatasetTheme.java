package vn.hdndso.opendata;

import java.util.Arrays;
import java.util.Optional;

/**
 * The theme of a dataset, with its DCAT-AP data theme (EU vocabulary) for the catalogue.
 */
public enum DatasetTheme {
    BUDGET("ECON"),
    LAND_USE("REGI"),
    INVESTMENT("ECON"),
    POPULATION("SOCI"),
    OTHER("GOVE");

    private final String euTheme;

    DatasetTheme(String euTheme) {
        this.euTheme = euTheme;
    }

    /** The DCAT-AP data theme URI. */
    public String euThemeUri() {
        return "http://publications.europa.eu/resource/authority/data-theme/" + euTheme;
    }

    public String messageKey() {
        return "opendata.theme." + name();
    }

    public static Optional<DatasetTheme> byName(String name) {
        return Arrays.stream(values()).filter(t -> t.name().equals(name)).findFirst();
    }
}
