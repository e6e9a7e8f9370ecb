package vn.hdndso.sessions;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import vn.hdndso.support.IntegrationTest;
import vn.hdndso.support.TestClient;

/**
 * Issue 14, item 9: a session is edited, postponed, cancelled (STATUS:CANCELLED in the calendar,
 * {@code cancelled: true} in OParl), items removed and renumbered, and a closed vote re-opened only
 * with a reason, the earlier round kept.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SessionChangesIntegrationTest {

    static final String SLUG = "tran-nhan-tong";

    @Autowired
    TestClient client;

    SessionFixture council;

    @BeforeAll
    void aCouncilOfThreeDelegates() {
        council = SessionFixture.withDelegates(client, SLUG, 3);
    }

    private String plan(String title) {
        var created = client.postJson(
                council.base(),
                Map.of(
                        "title",
                        title,
                        "startsAt",
                        "2027-03-10T08:00:00+07:00",
                        "kind",
                        "REGULAR",
                        "place",
                        "Hội trường"),
                council.clerk,
                SessionFixture.PASSWORD);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().get("id").asString();
    }

    private TestClient.Response post(String path, Map<String, ?> body, String user) {
        return client.postJson(path, body, user, SessionFixture.PASSWORD);
    }

    @Test
    void aSessionIsEditedPostponedItemsRemovedAndCancelledWithItsReasonEverywhere() {
        String id = plan("Kỳ họp thứ năm (thử thay đổi)");
        String s = council.base() + "/" + id;
        for (String title : new String[] {"Báo cáo một", "Báo cáo hai", "Báo cáo ba"}) {
            assertThat(post(s + "/agenda-items", Map.of("title", title, "motion", false), council.clerk)
                            .status())
                    .isEqualTo(201);
        }
        var edited = client.request(
                "PUT",
                s,
                "{\"title\":\"Kỳ họp thứ năm (đã sửa)\",\"startsAt\":\"2027-03-11T08:00:00+07:00\","
                        + "\"kind\":\"THEMATIC\",\"place\":\"Nhà văn hoá xã\"}",
                council.clerk,
                SessionFixture.PASSWORD);
        assertThat(edited.status()).as(edited.body()).isEqualTo(200);
        assertThat(edited.json().get("title").asString()).isEqualTo("Kỳ họp thứ năm (đã sửa)");
        assertThat(edited.json().get("kind").asString()).isEqualTo("THEMATIC");
        assertThat(edited.json().get("place").asString()).isEqualTo("Nhà văn hoá xã");

        assertThat(client.request("POST", s + "/convene", null, council.chair, SessionFixture.PASSWORD)
                        .status())
                .isEqualTo(200);
        // once convened, the start moves only by a postponement
        var moved = client.request(
                "PUT",
                s,
                "{\"title\":\"Kỳ họp thứ năm (đã sửa)\",\"startsAt\":\"2027-03-12T08:00:00+07:00\","
                        + "\"kind\":\"THEMATIC\"}",
                council.clerk,
                SessionFixture.PASSWORD);
        assertThat(moved.status()).isEqualTo(400);
        assertThat(moved.body()).contains("startsAt", "Hoãn kỳ họp");

        var noReason = post(s + "/postpone", Map.of("startsAt", "2027-03-20T08:00:00+07:00"), council.chair);
        assertThat(noReason.status()).isEqualTo(400);
        assertThat(noReason.body()).contains("reason", "lý do");
        var earlier = post(
                s + "/postpone",
                Map.of("startsAt", "2027-03-01T08:00:00+07:00", "reason", "Trùng lịch"),
                council.chair);
        assertThat(earlier.status()).isEqualTo(400);
        assertThat(earlier.body()).contains("muộn hơn");
        assertThat(post(
                                s + "/postpone",
                                Map.of("startsAt", "2027-03-20T08:00:00+07:00", "reason", "Trùng lịch"),
                                council.clerk)
                        .status())
                .as("a clerk does not postpone")
                .isEqualTo(403);
        var postponed = post(
                s + "/postpone",
                Map.of("startsAt", "2027-03-20T14:00:00+07:00", "reason", "Trùng lịch tiếp xúc cử tri"),
                council.chair);
        assertThat(postponed.status()).as(postponed.body()).isEqualTo(200);
        assertThat(postponed.json().get("startsAt").asString()).isEqualTo("2027-03-20T07:00:00Z");

        // the second item goes; the third becomes number 2
        JsonNode agenda = client.get(s).json().get("agenda");
        String second = agenda.get(1).get("id").asString();
        var removed = client.delete(s + "/agenda-items/" + second, council.clerk, SessionFixture.PASSWORD);
        assertThat(removed.status()).as(removed.body()).isEqualTo(200);
        JsonNode after = client.get(s).json().get("agenda");
        assertThat(after.size()).isEqualTo(2);
        assertThat(after.get(0).get("number").asInt()).isEqualTo(1);
        assertThat(after.get(1).get("number").asInt()).isEqualTo(2);
        assertThat(after.get(1).get("title").asString()).isEqualTo("Báo cáo ba");

        assertThat(post(s + "/cancel", Map.of("reason", " "), council.chair).status())
                .isEqualTo(400);
        var cancelled = post(s + "/cancel", Map.of("reason", "Chờ hướng dẫn sáp nhập"), council.chair);
        assertThat(cancelled.status()).as(cancelled.body()).isEqualTo(200);
        assertThat(cancelled.json().get("cancelled").asBoolean()).isTrue();
        assertThat(cancelled.json().get("cancellationReason").asString()).isEqualTo("Chờ hướng dẫn sáp nhập");
        assertThat(client.get(s).json().get("state").asString()).isEqualTo("CANCELLED");
        assertThat(client.request("POST", s + "/start", null, council.chair, SessionFixture.PASSWORD)
                        .status())
                .isEqualTo(409);

        JsonNode history = client.get(s + "/changes").json();
        assertThat(history.size()).isEqualTo(4);
        assertThat(history.get(0).get("kind").asString()).isEqualTo("EDITED");
        assertThat(history.get(1).get("kind").asString()).isEqualTo("POSTPONED");
        assertThat(history.get(1).get("reason").asString()).isEqualTo("Trùng lịch tiếp xúc cử tri");
        assertThat(history.get(2).get("kind").asString()).isEqualTo("ITEM_REMOVED");
        assertThat(history.get(3).get("kind").asString()).isEqualTo("CANCELLED");

        String ics = client.get("/" + SLUG + "/lich.ics").body().replace("\r\n ", "");
        int event = ics.indexOf("UID:session-" + id);
        assertThat(event).as(ics).isPositive();
        String vevent = ics.substring(ics.lastIndexOf("BEGIN:VEVENT", event), ics.indexOf("END:VEVENT", event));
        assertThat(vevent).contains("STATUS:CANCELLED", "DTSTART;TZID=Asia/Ho_Chi_Minh:20270320T140000");

        JsonNode meetings =
                client.get("/oparl/v1/bodies/" + SLUG + "/meetings").json().get("data");
        JsonNode meeting = null;
        for (JsonNode m : meetings) {
            if (m.get("id").asString().endsWith(id)) {
                meeting = m;
            }
        }
        assertThat(meeting).as(meetings.toString()).isNotNull();
        assertThat(meeting.get("cancelled").asBoolean()).isTrue();
    }

    @Test
    void aSessionCancelledBeforeItWasConvenedStaysPrivate() {
        String id = plan("Kỳ họp chưa triệu tập (thử huỷ)");
        var cancelled = post(council.base() + "/" + id + "/cancel", Map.of("reason", "Không cần họp"), council.chair);
        assertThat(cancelled.status()).isEqualTo(200);
        assertThat(client.get(council.base() + "/" + id).status()).isEqualTo(404);
        assertThat(client.get("/" + SLUG + "/lich.ics").body()).doesNotContain("session-" + id);
    }

    @Test
    void aStartedSessionIsNotEditedPostponedOrCancelledAndItsItemsStay() {
        String id = council.sessionInProgress("Kỳ họp đang diễn ra (thử thay đổi)");
        String s = council.base() + "/" + id;
        String motion = council.motion(id, "Tờ trình không bỏ được", "MORE_THAN_HALF_OF_ALL");
        assertThat(post(s + "/postpone", Map.of("startsAt", "2027-05-01T08:00:00+07:00", "reason", "x"), council.chair)
                        .status())
                .isEqualTo(409);
        var cancel = post(s + "/cancel", Map.of("reason", "x"), council.chair);
        assertThat(cancel.status()).isEqualTo(409);
        assertThat(cancel.body()).contains("đã khai mạc");
        assertThat(client.delete(s + "/agenda-items/" + motion, council.clerk, SessionFixture.PASSWORD)
                        .status())
                .isEqualTo(409);
    }

    @Test
    void aClosedVoteIsReopenedOnlyWithAReasonAndTheEarlierRoundIsKept() {
        String id = council.sessionInProgress("Kỳ họp thử biểu quyết lại");
        String item = council.motion(id, "Tờ trình biểu quyết lại", "MORE_THAN_HALF_OF_ALL");
        String vote = council.item(id) + "/" + item + "/vote";
        assertThat(post(vote + "/reopen", Map.of("reason", "Chưa đóng"), council.clerk)
                        .status())
                .as("a vote not closed is not re-opened")
                .isEqualTo(409);
        council.open(id, item);
        council.vote(id, item, council.delegates.get(0), "YES");
        council.vote(id, item, council.delegates.get(1), "NO");
        council.close(id, item);

        assertThat(post(vote + "/reopen", Map.of(), council.clerk).status()).isEqualTo(400);
        assertThat(post(vote + "/reopen", Map.of("reason", "Lỗi thiết bị"), council.delegates.get(0))
                        .status())
                .isEqualTo(403);
        var reopened = post(vote + "/reopen", Map.of("reason", "Thiết bị của hai đại biểu bị lỗi"), council.clerk);
        assertThat(reopened.status()).as(reopened.body()).isEqualTo(200);
        assertThat(reopened.json().get("state").asString()).isEqualTo("OPEN");
        assertThat(reopened.json().get("yes").asInt()).isZero();

        council.vote(id, item, council.delegates.get(0), "YES");
        council.vote(id, item, council.delegates.get(1), "YES");
        assertThat(council.close(id, item).status()).isEqualTo(200);
        JsonNode tally = council.tally(id, item).json();
        assertThat(tally.get("yes").asInt()).isEqualTo(2);
        assertThat(tally.get("state").asString()).isEqualTo("CLOSED");

        JsonNode rounds = client.get(vote + "/rounds").json();
        assertThat(rounds.size()).isEqualTo(1);
        JsonNode first = rounds.get(0);
        assertThat(first.get("round").asInt()).isEqualTo(1);
        assertThat(first.get("yes").asInt()).isEqualTo(1);
        assertThat(first.get("no").asInt()).isEqualTo(1);
        assertThat(first.get("passed").asBoolean()).isFalse();
        assertThat(first.get("reason").asString()).isEqualTo("Thiết bị của hai đại biểu bị lỗi");
        assertThat(first.get("reopenedBy").asString()).contains(council.clerk);
        assertThat(first.get("ballots").size()).isEqualTo(2);
        // the named votes of the new round are the new ones
        JsonNode named = client.get(council.item(id) + "/" + item + "/votes").json();
        assertThat(named.size()).isEqualTo(2);
        named.forEach(v -> assertThat(v.get("choice").asString()).isEqualTo("YES"));
    }
}
