package vn.hdndso.calendar;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.hdndso.shared.CouncilId;

/** A council's public calendar: every {@link CalendarSource}'s events in a window, in order. */
@Service
public class CouncilCalendar {

    /** How far back and ahead the feed reaches. */
    static final int MONTHS_BACK = 12;

    static final int MONTHS_AHEAD = 24;

    private final List<CalendarSource> sources;

    CouncilCalendar(org.springframework.beans.factory.ObjectProvider<CalendarSource> sources) {
        this.sources = sources.orderedStream().toList();
    }

    /** The events of the feed: a year back and two years ahead of {@code today}. */
    @Transactional(readOnly = true)
    public List<CalendarEntry> feed(CouncilId council, LocalDate today) {
        LocalDate from = today.minusMonths(MONTHS_BACK);
        LocalDate to = today.plusMonths(MONTHS_AHEAD);
        return sources.stream()
                .flatMap(source -> source.entries(council, from, to).stream())
                .filter(e -> e.council().equals(council))
                .filter(e -> !e.date().isBefore(from) && !e.date().isAfter(to))
                .sorted(Comparator.comparing(CalendarEntry::date).thenComparing(CalendarEntry::uid))
                .toList();
    }
}
