package vn.hdndso.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.hdndso.support.IntegrationTest;
import vn.hdndso.support.TestClient;

/** Sessions and voter-contact meetings in {@code /{slug}/lich.ics}, as phones read them. */
@IntegrationTest
class CalendarSourcesIntegrationTest {

    @Autowired
    TestClient client;

    List<VEvent> events(String slug) throws Exception {
        var response = client.get("/" + slug + "/lich.ics");
        assertThat(response.status()).isEqualTo(200);
        Calendar calendar = new CalendarBuilder().build(new StringReader(response.body()));
        calendar.validate();
        return calendar.getComponents("VEVENT");
    }

    static String uid(VEvent e) {
        return e.getProperty("UID").orElseThrow().getValue();
    }

    @Test
    void aConvenedSessionIsAnEventInVietnamTimeAndAPlannedOneIsNot() throws Exception {
        String title = "Kỳ họp chuyên đề lịch " + UUID.randomUUID();
        var created = client.postJson(
                "/api/v1/councils/lac-phuong/sessions",
                Map.of(
                        "title", title,
                        "kind", "THEMATIC",
                        "startsAt", "2027-03-15T08:00:00+07:00",
                        "place", "Hội trường UBND xã Lạc Phượng",
                        "onlineUrl", "https://hop.example.vn/dai-bieu-rieng",
                        "livestreamUrl", "https://truyenhinh.example.vn/lac-phuong"),
                TestClient.ADMIN,
                TestClient.ADMIN_PASSWORD);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String id = created.json().get("id").asString();
        assertThat(events("lac-phuong")).noneMatch(e -> uid(e).contains(id));

        var convened = client.request(
                "POST",
                "/api/v1/councils/lac-phuong/sessions/" + id + "/convene",
                null,
                TestClient.ADMIN,
                TestClient.ADMIN_PASSWORD);
        assertThat(convened.status()).as(convened.body()).isEqualTo(200);

        VEvent event = events("lac-phuong").stream()
                .filter(e -> uid(e).equals("session-" + id + "@hdnd-so"))
                .findFirst()
                .orElseThrow();
        assertThat(event.getProperty("SUMMARY").orElseThrow().getValue()).isEqualTo(title);
        var start = event.getProperty("DTSTART").orElseThrow();
        assertThat(start.getValue()).isEqualTo("20270315T080000");
        assertThat(start.getParameter("TZID").orElseThrow().getValue()).isEqualTo("Asia/Ho_Chi_Minh");
        assertThat(event.getProperty("LOCATION").orElseThrow().getValue()).isEqualTo("Hội trường UBND xã Lạc Phượng");
        assertThat(event.getProperty("URL").orElseThrow().getValue()).endsWith("/lac-phuong/ky-hop/" + id);
        String description = event.getProperty("DESCRIPTION").orElseThrow().getValue();
        assertThat(description).contains("truyenhinh.example.vn").doesNotContain("dai-bieu-rieng");
        assertThat(event.getProperty("STATUS").map(p -> p.getValue()).orElse("CONFIRMED"))
                .isNotEqualTo("CANCELLED");

        // the uid is stable from one fetch to the next (phones update the event in place)
        assertThat(events("lac-phuong"))
                .filteredOn(e -> uid(e).equals("session-" + id + "@hdnd-so"))
                .hasSize(1);
        // not in another council's calendar
        assertThat(events("nhi-chieu")).noneMatch(e -> uid(e).contains(id));
    }

    @Test
    void theDemoSessionOfNhiChieuIsInItsCalendar() throws Exception {
        assertThat(events("nhi-chieu"))
                .anyMatch(e -> uid(e).startsWith("session-")
                        && e.getProperty("SUMMARY").orElseThrow().getValue().contains("Nhị Chiểu"));
    }

    @Test
    void aVoterContactMeetingIsAnAllDayEventWithItsOnlineLink() throws Exception {
        String title = "Tiếp xúc cử tri thôn Đông " + UUID.randomUUID();
        var created = client.postJson(
                "/api/v1/councils/lac-phuong/voter-meetings",
                Map.of(
                        "title", title,
                        "delegateGroup", "Tổ đại biểu số 1",
                        "place", "Nhà văn hóa thôn Đông",
                        "format", "HYBRID",
                        "onlineLink", "https://hop.example.vn/cu-tri-thon-dong",
                        "heldOn", "2027-01-20",
                        "timing", "BEFORE",
                        "minutes", "Biên bản nội bộ: ông Nguyễn Văn Riêng phát biểu"),
                TestClient.ADMIN,
                TestClient.ADMIN_PASSWORD);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String id = created.json().get("id").asString();

        var response = client.get("/lac-phuong/lich.ics");
        assertThat(response.body()).doesNotContain("Nguyễn Văn Riêng");
        VEvent event = events("lac-phuong").stream()
                .filter(e -> uid(e).equals("voter-meeting-" + id + "@hdnd-so"))
                .findFirst()
                .orElseThrow();
        assertThat(event.getProperty("SUMMARY").orElseThrow().getValue()).isEqualTo(title);
        var start = event.getProperty("DTSTART").orElseThrow();
        assertThat(start.getValue()).isEqualTo("20270120");
        assertThat(event.getProperty("LOCATION").orElseThrow().getValue()).isEqualTo("Nhà văn hóa thôn Đông");
        assertThat(event.getProperty("DESCRIPTION").orElseThrow().getValue())
                .contains("hop.example.vn/cu-tri-thon-dong");
        assertThat(events("nhi-chieu")).noneMatch(e -> uid(e).contains(id));
    }
}
