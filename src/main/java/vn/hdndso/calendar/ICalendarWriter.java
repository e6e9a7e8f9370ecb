package vn.hdndso.calendar;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.LastModified;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.Method;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Status;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import net.fortuna.ical4j.validate.ValidationException;
import vn.hdndso.shared.VnTime;

/**
 * Writes a council's calendar as iCalendar (RFC 5545): PRODID, VERSION, CALSCALE, METHOD:PUBLISH,
 * the calendar's name (X-WR-CALNAME, understood by Apple and Google calendars), the
 * Asia/Ho_Chi_Minh VTIMEZONE (so a calendar without events is still a valid one: RFC 5545 needs one
 * component) and one VEVENT per entry with UID, DTSTAMP, SEQUENCE and STATUS.
 */
public final class ICalendarWriter {

    public static final String PRODUCT = "-//HĐND số//Lịch công tác//VI";

    private ICalendarWriter() {}

    /**
     * The calendar as text; {@code stamp} is the DTSTAMP of every event (the moment the feed's
     * content last changed, so that the same content gives the same bytes and ETag).
     */
    public static String write(String name, List<CalendarEntry> entries, Instant stamp) {
        VTimeZone zone = Objects.requireNonNull(
                        TimeZoneRegistryFactory.getInstance().createRegistry().getTimeZone(VnTime.ZONE_ID),
                        "ical4j knows Vietnam's time zone")
                .getVTimeZone();
        Calendar calendar = new Calendar()
                .add(new ProdId(PRODUCT))
                .add(ImmutableVersion.VERSION_2_0)
                .add(ImmutableCalScale.GREGORIAN)
                .add(new Method("PUBLISH"))
                .add(new XProperty("X-WR-CALNAME", name))
                .add(new XProperty("X-WR-TIMEZONE", VnTime.ZONE_ID));
        calendar.add(zone);
        Instant dtstamp = stamp.truncatedTo(ChronoUnit.SECONDS);
        for (CalendarEntry entry : entries) {
            calendar.add(event(entry, dtstamp));
        }
        try {
            var out = new StringWriter();
            new CalendarOutputter(true).output(calendar, out);
            return out.toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ValidationException e) {
            throw new IllegalStateException("invalid calendar: " + e.getMessage(), e);
        }
    }

    private static VEvent event(CalendarEntry entry, Instant dtstamp) {
        VEvent event;
        LocalDate day = entry.day();
        if (day != null) {
            event = new VEvent(day, day.plusDays(1), entry.title());
        } else {
            var start = Objects.requireNonNull(entry.start(), "an entry without a day has a start")
                    .withZoneSameInstant(VnTime.ZONE);
            var end = entry.end() == null
                    ? start.plus(Duration.ofHours(1))
                    : entry.end().withZoneSameInstant(VnTime.ZONE);
            event = new VEvent(start, end, entry.title());
        }
        event.replace(new DtStamp(dtstamp));
        event.add(new Uid(entry.uid()));
        event.add(new LastModified(entry.lastModified().truncatedTo(ChronoUnit.SECONDS)));
        event.add(new Sequence(entry.sequence()));
        event.add(entry.cancelled() ? new Status("CANCELLED") : new Status("CONFIRMED"));
        if (entry.description() != null && !entry.description().isBlank()) {
            event.add(new Description(entry.description()));
        }
        if (entry.location() != null && !entry.location().isBlank()) {
            event.add(new Location(entry.location()));
        }
        if (entry.url() != null) {
            event.add(new Url(URI.create(entry.url())));
        }
        return event;
    }
}
