package vn.hdndso.portal.web;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import vn.hdndso.indicators.IndicatorValue;

/**
 * How an indicator's value is written for people: a share with one decimal and a percent sign
 * ("90,5%" in Vietnamese, "90.5%" in English), a count as a whole number ("1.234"); no data is
 * never written as a number.
 */
final class IndicatorFormat {

    private IndicatorFormat() {}

    /** Whether the value is a share of a denominator (percent), rather than a count. */
    static boolean isShare(IndicatorValue value) {
        return value.denominator() != null;
    }

    /** The value for people, or {@code null} when there is no data. */
    static @Nullable String value(IndicatorValue value, Locale locale) {
        Double v = value.value();
        if (v == null || !value.hasData()) {
            return null;
        }
        return number(v, isShare(value), locale);
    }

    /** A share ("90,5%") or a count ("12"). */
    static String number(double value, boolean percent, Locale locale) {
        return percent ? percent(value, locale) : count(Math.round(value), locale);
    }

    static String percent(double value, Locale locale) {
        DecimalFormat format = new DecimalFormat("0.0", DecimalFormatSymbols.getInstance(locale));
        return format.format(value) + "%";
    }

    static String count(long value, Locale locale) {
        DecimalFormat format = new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(locale));
        return format.format(value);
    }
}
