package vn.hdndso.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.hdndso.shared.CouncilId;
import vn.hdndso.shared.VnTime;
import vn.hdndso.support.IntegrationTest;
import vn.hdndso.support.TestClient;

/** {@code /{slug}/lich.ics} is RFC 5545 that ical4j parses and validates; events from sources are written fully. */
@IntegrationTest
class ICalendarIntegrationTest {

    @Autowired
    TestClient client;

    @Test
    void theCouncilCalendarIsValidICalendarWithTheVietnamTimeZone() throws Exception {
        var response = client.get("/lac-phuong/lich.ics");
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.header("Content-Type")).startsWith("text/calendar");
        assertThat(response.body()).startsWith("BEGIN:VCALENDAR\r\n").contains("\r\nEND:VCALENDAR");

        Calendar calendar = new CalendarBuilder().build(new StringReader(response.body()));
        calendar.validate();
        assertThat(calendar.getProperty("PRODID")).isPresent();
        assertThat(calendar.getProperty("VERSION").orElseThrow().getValue()).isEqualTo("2.0");
        assertThat(calendar.<VTimeZone>getComponents("VTIMEZONE"))
                .singleElement()
                .satisfies(zone -> assertThat(
                                zone.getProperty("TZID").orElseThrow().getValue())
                        .isEqualTo("Asia/Ho_Chi_Minh"));
        assertThat(response.body()).contains("X-WR-CALNAME:Lịch công tác · Xã Lạc Phượng");
    }

    @Test
    void eventsFromASourceAreWrittenWithUidStampSequenceAndStatus() throws Exception {
        var council = new CouncilId(java.util.UUID.randomUUID());
        var timed = new CalendarEntry(
                "session-1@hdnd-so",
                council,
                "Kỳ họp thứ Hai, HĐND xã Lạc Phượng",
                "Chương trình: 5 nội dung; biểu quyết 3 nghị quyết.",
                ZonedDateTime.of(2026, 12, 15, 8, 0, 0, 0, VnTime.ZONE),
                ZonedDateTime.of(2026, 12, 15, 11, 30, 0, 0, VnTime.ZONE),
                null,
                "Hội trường UBND xã",
                "https://example.org/lac-phuong/ky-hop/1",
                Instant.parse("2026-11-20T03:00:00Z"),
                1,
                false);
        var allDay = new CalendarEntry(
                "voters-7@hdnd-so",
                council,
                "Tiếp xúc cử tri Tổ đại biểu số 1",
                null,
                null,
                null,
                LocalDate.of(2026, 12, 5),
                null,
                null,
                Instant.parse("2026-11-21T03:00:00Z"),
                0,
                true);

        String text = ICalendarWriter.write("Lịch thử", List.of(timed, allDay), Instant.parse("2026-11-21T03:00:00Z"));

        Calendar calendar = new CalendarBuilder().build(new StringReader(text));
        calendar.validate();
        List<VEvent> events = calendar.getComponents("VEVENT");
        assertThat(events).hasSize(2);
        VEvent session = events.getFirst();
        assertThat(session.getProperty("UID").orElseThrow().getValue()).isEqualTo("session-1@hdnd-so");
        assertThat(session.getProperty("DTSTAMP").orElseThrow().getValue()).isEqualTo("20261121T030000Z");
        assertThat(session.getProperty("DTSTART").orElseThrow().getValue()).isEqualTo("20261215T080000");
        assertThat(session.getProperty("DTSTART")
                        .orElseThrow()
                        .getParameter("TZID")
                        .orElseThrow()
                        .getValue())
                .isEqualTo("Asia/Ho_Chi_Minh");
        assertThat(session.getProperty("SEQUENCE").orElseThrow().getValue()).isEqualTo("1");
        assertThat(session.getProperty("STATUS").orElseThrow().getValue()).isEqualTo("CONFIRMED");
        assertThat(session.getProperty("LOCATION").orElseThrow().getValue()).isEqualTo("Hội trường UBND xã");
        VEvent meeting = events.get(1);
        assertThat(meeting.getProperty("DTSTART").orElseThrow().getValue()).isEqualTo("20261205");
        assertThat(meeting.getProperty("STATUS").orElseThrow().getValue()).isEqualTo("CANCELLED");
    }
}
