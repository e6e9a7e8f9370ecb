package vn.hdndso.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The days a view of the work calendar shows: a month as whole weeks from Monday to Sunday, a week
 * from Monday, or a list of the coming days. Weeks start on Monday (Thứ Hai), as in Vietnam.
 *
 * @param view which view
 * @param anchor the day the view was asked for (the month or week it falls in)
 * @param from the first day shown
 * @param to the last day shown
 */
public record CalendarPeriod(View view, LocalDate anchor, LocalDate from, LocalDate to) {

    /** How many days the list view shows from its first day. */
    public static final int LIST_DAYS = 30;

    public enum View {
        LIST,
        WEEK,
        MONTH;

        /** The view named in a request ({@code list}, {@code week}, {@code month}); null or unknown gives null. */
        public static @Nullable View parse(@Nullable String name) {
            if (name == null) {
                return null;
            }
            for (View v : values()) {
                if (v.name().equalsIgnoreCase(name.strip())) {
                    return v;
                }
            }
            return null;
        }

        public String param() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public CalendarPeriod {
        Objects.requireNonNull(view, "view");
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("a period ends after it starts");
        }
    }

    /** The period of {@code view} around {@code day}. */
    public static CalendarPeriod of(View view, LocalDate day) {
        return switch (view) {
            case LIST -> new CalendarPeriod(view, day, day, day.plusDays(LIST_DAYS - 1));
            case WEEK -> {
                LocalDate monday = day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
                yield new CalendarPeriod(view, day, monday, monday.plusDays(6));
            }
            case MONTH -> {
                LocalDate first = day.withDayOfMonth(1);
                LocalDate last = day.with(TemporalAdjusters.lastDayOfMonth());
                yield new CalendarPeriod(
                        view,
                        day,
                        first.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)),
                        last.with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY)));
            }
        };
    }

    /** The day the "previous" link opens. */
    public LocalDate previous() {
        return switch (view) {
            case LIST -> anchor.minusDays(LIST_DAYS);
            case WEEK -> anchor.minusWeeks(1);
            case MONTH -> anchor.withDayOfMonth(1).minusMonths(1);
        };
    }

    /** The day the "next" link opens. */
    public LocalDate next() {
        return switch (view) {
            case LIST -> anchor.plusDays(LIST_DAYS);
            case WEEK -> anchor.plusWeeks(1);
            case MONTH -> anchor.withDayOfMonth(1).plusMonths(1);
        };
    }

    /** Whether {@code day} belongs to the month shown (the grid's leading and trailing days do not). */
    public boolean inMonth(LocalDate day) {
        return day.getYear() == anchor.getYear() && day.getMonth() == anchor.getMonth();
    }

    /** The days shown, week by week (one week for the week view, one row per 7 days otherwise). */
    public List<List<LocalDate>> weeks() {
        List<List<LocalDate>> weeks = new ArrayList<>();
        List<LocalDate> week = new ArrayList<>();
        for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
            week.add(d);
            if (week.size() == 7) {
                weeks.add(List.copyOf(week));
                week.clear();
            }
        }
        if (!week.isEmpty()) {
            weeks.add(List.copyOf(week));
        }
        return weeks;
    }

    /** Every day shown, in order. */
    public List<LocalDate> days() {
        return from.datesUntil(to.plusDays(1)).toList();
    }
}
