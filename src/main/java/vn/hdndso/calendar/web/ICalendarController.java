package vn.hdndso.calendar.web;

import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import vn.hdndso.calendar.CalendarEntry;
import vn.hdndso.calendar.CouncilCalendar;
import vn.hdndso.calendar.ICalendarWriter;
import vn.hdndso.councils.Council;
import vn.hdndso.councils.Councils;
import vn.hdndso.shared.VnTime;

/** {@code /{slug}/lich.ics}: the council's public calendar for phones and desktop calendars. */
@RestController
class ICalendarController {

    static final MediaType CALENDAR = new MediaType("text", "calendar", java.nio.charset.StandardCharsets.UTF_8);
    /** DTSTAMP of a feed without events: the day the two-level local government began. */
    static final Instant EPOCH = Instant.parse("2025-07-01T00:00:00Z");

    private final Councils councils;
    private final CouncilCalendar calendar;
    private final MessageSource messages;
    private final Clock clock;

    ICalendarController(Councils councils, CouncilCalendar calendar, MessageSource messages, Clock clock) {
        this.councils = councils;
        this.calendar = calendar;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping("/{slug:[a-z0-9-]+}/lich.ics")
    ResponseEntity<String> feed(@PathVariable String slug) {
        Council council = councils.requireBySlug(slug);
        List<CalendarEntry> entries = calendar.feed(council.id(), VnTime.today(clock));
        Instant changed = entries.stream()
                .map(CalendarEntry::lastModified)
                .max(Comparator.naturalOrder())
                .orElse(EPOCH);
        String name = Objects.requireNonNullElse(
                messages.getMessage(
                        "portal.calendar.name",
                        new Object[] {council.name()},
                        council.name(),
                        LocaleContextHolder.getLocale()),
                council.name());
        return ResponseEntity.ok()
                .contentType(CALENDAR)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.inline()
                                .filename(slug + ".ics")
                                .build()
                                .toString())
                .lastModified(changed)
                .body(ICalendarWriter.write(name, entries, changed));
    }
}
