package vn.hdndso.calendar;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A person's work calendar: every {@link WorkCalendarSource}'s entries for them in a range, only of
 * their council, each uid once, in order of day and time.
 */
@Service
public class WorkCalendar {

    /** How far back and ahead the personal feed reaches. */
    public static final int FEED_MONTHS_BACK = 3;

    public static final int FEED_MONTHS_AHEAD = 12;

    private static final Comparator<WorkEntry> IN_ORDER = Comparator.comparing(WorkEntry::date)
            .thenComparing(WorkEntry::allDay, Comparator.reverseOrder())
            .thenComparing(
                    e -> e.start() == null ? e.date().atStartOfDay() : e.start().toLocalDateTime())
            .thenComparing(WorkEntry::title)
            .thenComparing(WorkEntry::uid);

    private final List<WorkCalendarSource> sources;

    WorkCalendar(ObjectProvider<WorkCalendarSource> sources) {
        this.sources = sources.orderedStream().toList();
    }

    /** The person's entries on the days [{@code from}, {@code to}]. */
    @Transactional(readOnly = true)
    public List<WorkEntry> entries(CalendarPerson person, LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("the range ends before it starts");
        }
        Map<String, WorkEntry> byUid = new LinkedHashMap<>();
        for (WorkCalendarSource source : sources) {
            for (WorkEntry entry : source.entriesFor(person, from, to)) {
                if (entry.council().equals(person.council()) && WorkCalendarSource.within(entry.date(), from, to)) {
                    byUid.putIfAbsent(entry.uid(), entry);
                }
            }
        }
        return byUid.values().stream().sorted(IN_ORDER).toList();
    }

    /** The entries of the personal feed: a few months back and a year ahead of {@code today}. */
    @Transactional(readOnly = true)
    public List<WorkEntry> feed(CalendarPerson person, LocalDate today) {
        return entries(person, today.minusMonths(FEED_MONTHS_BACK), today.plusMonths(FEED_MONTHS_AHEAD));
    }
}
