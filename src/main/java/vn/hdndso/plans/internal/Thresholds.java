package vn.hdndso.plans.internal;

import java.math.BigDecimal;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.hdndso.plans.Threshold;

/**
 * The threshold a target states, read from its folded words: "100%" → at least 100, "trên 90%" →
 * more than 90, "10–30%" and "từ 10 đến 30%" → between, "ít nhất 50%" → at least 50. Anything
 * without a percentage ("một số", "thường xuyên") is qualitative.
 */
final class Thresholds {

    private static final Pattern RANGE =
            Pattern.compile("(\\d{1,3}(?:[.,]\\d+)?) ?%? (?:den )?(\\d{1,3}(?:[.,]\\d+)?) ?%");
    /**
     * A percentage alone; the word before it is looked at separately (a pattern that also matched
     * the words before took cubic time on a long run of letters, as OCR noise gives).
     */
    private static final Pattern SINGLE = Pattern.compile("(\\d{1,3}(?:[.,]\\d+)?) ?%");

    private Thresholds() {}

    static Threshold of(String text) {
        String words = Skeleton.of(text.replace('–', '-')).text();
        Matcher range = RANGE.matcher(words);
        if (range.find() && !range.group(1).equals(range.group(2))) {
            BigDecimal low = number(range.group(1));
            BigDecimal high = number(range.group(2));
            if (low.compareTo(high) < 0 && high.compareTo(BigDecimal.valueOf(100)) <= 0) {
                return Threshold.between(low, high);
            }
        }
        Matcher single = SINGLE.matcher(words);
        if (!single.find()) {
            return Threshold.qualitative();
        }
        BigDecimal value = number(single.group(1));
        if (value.compareTo(BigDecimal.valueOf(100)) > 0) {
            return Threshold.qualitative();
        }
        String head = words.substring(0, single.start());
        String before = head.endsWith(" ") ? head.substring(0, head.length() - 1) : "";
        return before.endsWith("tren") || before.endsWith("hon") || before.endsWith("vuot")
                ? Threshold.moreThan(value)
                : Threshold.atLeast(value);
    }

    private static BigDecimal number(String digits) {
        return new BigDecimal(digits.replace(',', '.'));
    }
}
