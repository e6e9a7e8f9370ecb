package vn.hdndso.sessions;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import vn.hdndso.support.IntegrationTest;
import vn.hdndso.support.TestClient;

/**
 * Issue 14, items 12 and 13: delegates ask to speak, the chair orders the queue and gives the
 * floor, turns are timed and placed in the recording, the live stream carries the list; a
 * delegate proposes an amendment, the chair admits it, it is voted before the motion.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SpeakersAndAmendmentsIntegrationTest {

    static final String SLUG = "hop-tien";

    @Autowired
    TestClient client;

    SessionFixture council;

    @BeforeAll
    void aCouncilOfThreeDelegates() {
        council = SessionFixture.withDelegates(client, SLUG, 3);
    }

    private TestClient.Response post(String path, Map<String, ?> body, String user) {
        return client.postJson(path, body, user, SessionFixture.PASSWORD);
    }

    private String delegate(int i) {
        return council.delegates.get(i);
    }

    @Test
    void delegatesAskToSpeakTheChairOrdersAndGivesTheFloorAndTurnsAreKept() throws Exception {
        String id = council.sessionInProgress("Kỳ họp thử phát biểu");
        String s = council.base() + "/" + id;
        String first = council.motion(id, "Tờ trình về chợ", "MORE_THAN_HALF_OF_ALL");
        String second = council.motion(id, "Tờ trình về đường", "MORE_THAN_HALF_OF_ALL");

        var asked = post(council.item(id) + "/" + first + "/speakers", Map.of(), delegate(0));
        assertThat(asked.status()).as(asked.body()).isEqualTo(201);
        assertThat(asked.json().get("state").asString()).isEqualTo("WAITING");
        var twice = post(council.item(id) + "/" + first + "/speakers", Map.of(), delegate(0));
        assertThat(twice.status()).isEqualTo(409);
        assertThat(twice.body()).contains("đang chờ");
        String d1 = post(council.item(id) + "/" + first + "/speakers", Map.of(), delegate(1))
                .json()
                .get("id")
                .asString();
        String d2 = post(council.item(id) + "/" + second + "/speakers", Map.of(), delegate(2))
                .json()
                .get("id")
                .asString();
        assertThat(post(council.item(id) + "/" + first + "/speakers", Map.of(), council.clerk)
                        .status())
                .isEqualTo(403);

        // the public sees the queue in order; the chair moves the last one to the front
        JsonNode board = client.get(s + "/speakers").json();
        assertThat(names(board.get("queue")))
                .containsExactly("Người thử ss.delegate0", "Người thử ss.delegate1", "Người thử ss.delegate2");
        post(s + "/speakers/" + d2 + "/move", Map.of("direction", -1), council.chair);
        board = post(s + "/speakers/" + d2 + "/move", Map.of("direction", -1), council.chair)
                .json();
        assertThat(names(board.get("queue")))
                .containsExactly("Người thử ss.delegate2", "Người thử ss.delegate0", "Người thử ss.delegate1");

        assertThat(post(s + "/speakers/" + d2 + "/grant", Map.of(), council.clerk)
                        .status())
                .isEqualTo(403);
        board = post(s + "/speakers/" + d2 + "/grant", Map.of(), council.chair).json();
        assertThat(board.get("current").get("delegateName").asString()).isEqualTo("Người thử ss.delegate2");
        assertThat(board.get("current").get("startedAt").isNull()).isFalse();
        // the sitting's opening is where its recording starts: the turn has an offset
        assertThat(board.get("current").get("recordingOffset").asInt()).isGreaterThanOrEqualTo(0);

        String d0 = board.get("queue").get(0).get("id").asString();
        board = post(s + "/speakers/" + d0 + "/grant", Map.of(), council.chair).json();
        assertThat(board.get("current").get("delegateName").asString()).isEqualTo("Người thử ss.delegate0");
        assertThat(board.get("done").size()).isEqualTo(1);
        assertThat(board.get("done").get(0).get("endedAt").isNull()).isFalse();

        // a delegate withdraws only their own request
        assertThat(client.delete(s + "/speakers/" + d1, delegate(0), SessionFixture.PASSWORD)
                        .status())
                .isEqualTo(404);
        var withdrawn = client.delete(s + "/speakers/" + d1, delegate(1), SessionFixture.PASSWORD);
        assertThat(withdrawn.status()).as(withdrawn.body()).isEqualTo(200);
        assertThat(withdrawn.json().get("state").asString()).isEqualTo("WITHDRAWN");

        // the live stream carries the list as its own event
        String speakersEvent = speakersEvent(s + "/events");
        assertThat(speakersEvent).contains("Người thử ss.delegate0").doesNotContain("ss.delegate1");

        board = post(s + "/speakers/end", Map.of(), council.chair).json();
        assertThat(board.get("current").isNull()).isTrue();
        assertThat(board.get("queue").size()).isZero();
        assertThat(board.get("done").size()).isEqualTo(2);
        assertThat(post(s + "/speakers/end", Map.of(), council.chair).status()).isEqualTo(409);
    }

    @Test
    void anAdmittedAmendmentIsVotedBeforeItsMotion() {
        String id = council.sessionInProgress("Kỳ họp thử sửa đổi");
        String s = council.base() + "/" + id;
        council.client.postJson(
                s + "/agenda-items",
                Map.of("title", "Báo cáo mở đầu", "motion", false),
                council.clerk,
                SessionFixture.PASSWORD);
        String motion = council.motion(id, "Tờ trình về ngân sách", "MORE_THAN_HALF_OF_ALL");
        String amend = council.item(id) + "/" + motion + "/amendments";

        assertThat(post(amend, Map.of("text", " "), delegate(0)).status()).isEqualTo(400);
        assertThat(post(amend, Map.of("text", "Tăng chi giáo dục"), council.clerk)
                        .status())
                .isEqualTo(403);
        var proposed = post(amend, Map.of("text", "Tăng chi cho giáo dục thêm 5%"), delegate(0));
        assertThat(proposed.status()).as(proposed.body()).isEqualTo(201);
        assertThat(proposed.json().get("number").asInt()).isEqualTo(1);
        String a1 = proposed.json().get("id").asString();
        String a2 = post(amend, Map.of("text", "Bỏ khoản chi tiếp khách"), delegate(1))
                .json()
                .get("id")
                .asString();
        assertThat(client.get(s + "/amendments").json().size())
                .as("proposals are not public")
                .isZero();
        assertThat(client.get(s + "/amendments", council.chair, SessionFixture.PASSWORD)
                        .json()
                        .size())
                .isEqualTo(2);

        assertThat(post(s + "/amendments/" + a1 + "/admit", Map.of(), council.clerk)
                        .status())
                .isEqualTo(403);
        var admitted = post(s + "/amendments/" + a1 + "/admit", Map.of(), council.chair);
        assertThat(admitted.status()).as(admitted.body()).isEqualTo(200);
        String voteItem = admitted.json().get("voteItemId").asString();
        JsonNode agenda = client.get(s).json().get("agenda");
        assertThat(agenda.size()).isEqualTo(3);
        assertThat(agenda.get(1).get("id").asString()).isEqualTo(voteItem);
        assertThat(agenda.get(1).get("title").asString())
                .startsWith("Sửa đổi 1")
                .contains("Tăng chi cho giáo dục");
        assertThat(agenda.get(2).get("id").asString()).isEqualTo(motion);
        assertThat(agenda.get(2).get("number").asInt()).isEqualTo(3);

        assertThat(post(s + "/amendments/" + a2 + "/reject", Map.of(), council.chair)
                        .status())
                .isEqualTo(200);
        assertThat(post(s + "/amendments/" + a2 + "/admit", Map.of(), council.chair)
                        .status())
                .isEqualTo(409);

        var tooEarly = council.open(id, motion);
        assertThat(tooEarly.status()).isEqualTo(409);
        assertThat(tooEarly.body()).contains("sửa đổi");

        assertThat(council.open(id, voteItem).status()).isEqualTo(200);
        council.vote(id, voteItem, delegate(0), "YES");
        council.vote(id, voteItem, delegate(1), "YES");
        assertThat(council.close(id, voteItem).status()).isEqualTo(200);
        // (whether it passes depends on all delegates of the council, which other tests share)
        assertThat(council.tally(id, voteItem).json().get("state").asString()).isEqualTo("CLOSED");
        assertThat(council.open(id, motion).status()).isEqualTo(200);
        assertThat(post(amend, Map.of("text", "Quá muộn"), delegate(2)).status())
                .isEqualTo(409);

        JsonNode published = client.get(s + "/amendments").json();
        assertThat(published.size()).isEqualTo(1);
        assertThat(published.get(0).get("state").asString()).isEqualTo("ADMITTED");
    }

    private static List<String> names(JsonNode list) {
        List<String> names = new ArrayList<>();
        list.forEach(n -> names.add(n.get("delegateName").asString()));
        return names;
    }

    /** The data of the first {@code speakers} event of a server-sent event stream (closed afterwards). */
    private String speakersEvent(String path) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        var request = HttpRequest.newBuilder(URI.create(client.baseUrl() + path))
                .header("Accept", "text/event-stream")
                .timeout(Duration.ofSeconds(10))
                .build();
        var response =
                http.sendAsync(request, HttpResponse.BodyHandlers.ofLines()).get(10, TimeUnit.SECONDS);
        try (Stream<String> lines = response.body()) {
            var seen = new java.util.concurrent.atomic.AtomicBoolean();
            return lines.filter(line -> {
                        if (line.startsWith("event:speakers")) {
                            seen.set(true);
                        }
                        return seen.get() && line.startsWith("data:");
                    })
                    .findFirst()
                    .orElse("");
        }
    }
}
