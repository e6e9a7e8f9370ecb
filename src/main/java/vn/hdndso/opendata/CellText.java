package vn.hdndso.opendata;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import org.jspecify.annotations.Nullable;

/** Typed cell values written for people (Vietnamese: 1.234.567,5; 05/09/2025) and for machines. */
public final class CellText {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private CellText() {}

    private static DecimalFormat vietnamese() {
        DecimalFormatSymbols symbols = new DecimalFormatSymbols();
        symbols.setGroupingSeparator('.');
        symbols.setDecimalSeparator(',');
        symbols.setMinusSign('-');
        DecimalFormat format = new DecimalFormat("#,##0.######", symbols);
        format.setParseBigDecimal(true);
        return format;
    }

    /** As a Vietnamese reader expects it; empty for null. */
    public static String display(@Nullable Object value) {
        return switch (value) {
            case null -> "";
            case BigDecimal n -> vietnamese().format(n);
            case Integer year -> year.toString();
            case LocalDate date -> date.format(DAY);
            default -> value.toString();
        };
    }

    /** For CSV and JSON: plain numbers with a decimal point, ISO dates. */
    public static String plain(@Nullable Object value) {
        return switch (value) {
            case null -> "";
            case BigDecimal n -> n.toPlainString();
            default -> value.toString();
        };
    }
}
