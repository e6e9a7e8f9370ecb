package vn.hdndso.plans.internal;

import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/** A deadline as plans state it: "đến hết năm 2026", "đến năm 2026", "trong năm 2026", "trước 31/12/2026". */
final class Deadlines {

    private static final Pattern END_OF_YEAR =
            Pattern.compile("(?:den|toi|trong|truoc) (?:het |cuoi )?(?:nam|n\\w{2}) (20\\d\\d)");
    private static final Pattern DATE = Pattern.compile("(?:den|truoc|han) (?:ngay )?(\\d{1,2}) (\\d{1,2}) (20\\d\\d)");

    private Deadlines() {}

    static @Nullable LocalDate in(String text) {
        String words = Skeleton.of(text).text();
        Matcher date = DATE.matcher(words);
        if (date.find()) {
            try {
                return LocalDate.of(
                        Integer.parseInt(date.group(3)),
                        Integer.parseInt(date.group(2)),
                        Integer.parseInt(date.group(1)));
            } catch (java.time.DateTimeException notADate) {
                // fall through to the year
            }
        }
        Matcher year = END_OF_YEAR.matcher(words);
        return year.find() ? LocalDate.of(Integer.parseInt(year.group(1)), 12, 31) : null;
    }
}
