package vn.hdndso.sessions;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.hdndso.councils.Councils;
import vn.hdndso.shared.CouncilId;
import vn.hdndso.shared.tenancy.Tenancy;
import vn.hdndso.shared.tenancy.TenantScope;
import vn.hdndso.support.IntegrationTest;
import vn.hdndso.support.TestClient;

/**
 * Ballots of one session do not wait for each other on its live position (issue 18 §2): the
 * position moves after the ballots commit, once for all ballots committed meanwhile. While another
 * transaction holds the session's {@code session_live} row, twelve ballots cast at once are all
 * answered and counted (before, each ballot moved the row in its own transaction and waited for
 * the lock); when the row comes free, the position moves once or twice, not twelve times, and a
 * viewer gets all twelve at a position after the locked one.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BallotsBeforeTheLiveMoveIntegrationTest {

    private static final String SLUG = "hung-dao";
    private static final int DELEGATES = 12;

    @Autowired
    TestClient client;

    @Autowired
    Councils councils;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate transactions;

    private final JsonMapper json = JsonMapper.builder().build();
    private SessionFixture council;
    private CouncilId councilId;

    @BeforeAll
    void delegates() {
        council = SessionFixture.withDelegates(client, SLUG, DELEGATES);
        councilId = councils.requireBySlug(SLUG).id();
    }

    @Test
    void ballotsCommitWhileTheLivePositionIsLockedAndOneMoveCoversThemAll() throws Exception {
        String session = council.sessionInProgress("Kỳ họp bỏ phiếu không chờ nhau");
        String item = council.motion(session, "Tờ trình không chờ nhau", "MORE_THAN_HALF_OF_ALL");
        assertThat(council.open(session, item).status()).isEqualTo(200);
        BlockingQueue<Event> events = new LinkedBlockingQueue<>();
        HttpClient http = HttpClient.newHttpClient();
        var stream = http.send(
                HttpRequest.newBuilder(URI.create(client.baseUrl() + "/" + SLUG + "/ky-hop/" + session + "/su-kien"))
                        .header("Accept", "text/event-stream")
                        .build(),
                HttpResponse.BodyHandlers.ofInputStream());
        Thread reader = Thread.ofVirtual().start(() -> read(stream, events));
        try {
            // the vote's opening has moved the position and reached the viewer
            Event opened =
                    next(events, e -> motion(e).get("voteState").asString().equals("OPEN"));

            var locked = new CountDownLatch(1);
            var release = new CountDownLatch(1);
            long[] lockedAt = new long[1];
            Future<?> holder;
            var answers = new ArrayList<Future<TestClient.Response>>();
            var start = new CountDownLatch(1);
            try (var threads = Executors.newVirtualThreadPerTaskExecutor()) {
                holder = threads.submit(() -> holdTheLiveRow(session, locked, release, lockedAt));
                assertThat(locked.await(10, TimeUnit.SECONDS))
                        .as("the row is held")
                        .isTrue();
                for (int i = 0; i < DELEGATES; i++) {
                    String delegate = council.delegates.get(i);
                    String choice = i % 4 == 0 ? "NO" : "YES";
                    answers.add(threads.submit(() -> {
                        start.await();
                        return vote(session, item, delegate, choice);
                    }));
                }
                start.countDown();
                try {
                    for (Future<TestClient.Response> answer : answers) {
                        // before: each ballot waited for the held row at its commit, none answered
                        TestClient.Response response = answer.get(30, TimeUnit.SECONDS);
                        assertThat(response.status()).as(response.body()).isEqualTo(200);
                    }
                    var tally = council.tally(session, item).json();
                    assertThat(tally.get("yes").asInt() + tally.get("no").asInt())
                            .as("all counted while the live row is held")
                            .isEqualTo(DELEGATES);
                    assertThat(position(session)).as("not moved while held").isEqualTo(lockedAt[0]);
                } finally {
                    release.countDown();
                }
                holder.get(30, TimeUnit.SECONDS);
            }

            Event all = next(
                    events,
                    e -> motion(e).get("yes").asInt() == 9
                            && motion(e).get("no").asInt() == 3);
            assertThat(Long.parseLong(all.id())).isGreaterThan(lockedAt[0]);
            long moved = awaitSettled(session) - lockedAt[0];
            assertThat(moved)
                    .as("moves for %d ballots: the one that waited for the row and at most one after it", DELEGATES)
                    .isBetween(1L, 2L);
            assertThat(Long.parseLong(all.id())).isLessThanOrEqualTo(lockedAt[0] + moved);
            assertThat(Long.parseLong(opened.id())).isLessThanOrEqualTo(lockedAt[0]);
        } finally {
            stream.body().close();
            reader.interrupt();
        }
    }

    /** Holds the session's live row in a transaction of its own until released. */
    private Void holdTheLiveRow(String session, CountDownLatch locked, CountDownLatch release, long[] lockedAt) {
        Tenancy.run(
                TenantScope.staffOf(councilId),
                () -> transactions.executeWithoutResult(status -> {
                    lockedAt[0] = jdbc.sql("select position from session_live where session_id = :s for update")
                            .param("s", UUID.fromString(session))
                            .query(Long.class)
                            .single();
                    locked.countDown();
                    try {
                        release.await(60, TimeUnit.SECONDS);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }));
        return null;
    }

    private long position(String session) {
        Long position = Tenancy.call(
                TenantScope.staffOf(councilId),
                () -> transactions.execute(status -> jdbc.sql("select position from session_live where session_id = :s")
                        .param("s", UUID.fromString(session))
                        .query(Long.class)
                        .single()));
        return position == null ? 0 : position;
    }

    /** The position once it has not moved for a second (the moves follow the commits shortly). */
    private long awaitSettled(String session) throws InterruptedException {
        long last = position(session);
        long stableSince = System.nanoTime();
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(15);
        while (System.nanoTime() - stableSince < TimeUnit.SECONDS.toNanos(1) && System.nanoTime() < until) {
            Thread.sleep(100);
            long now = position(session);
            if (now != last) {
                last = now;
                stableSince = System.nanoTime();
            }
        }
        return last;
    }

    /** A ballot over HTTP Basic; the password-check limiter may answer 429 first when many sign in at once. */
    private TestClient.Response vote(String session, String item, String delegate, String choice)
            throws InterruptedException {
        for (int attempt = 1; ; attempt++) {
            TestClient.Response answer = council.vote(session, item, delegate, choice);
            if (answer.status() != 429 || attempt == 10) {
                return answer;
            }
            Thread.sleep(500);
        }
    }

    record Event(String id, String data) {}

    private JsonNode motion(Event event) {
        return json.readTree(event.data()).get("motions").get(0);
    }

    private static Event next(BlockingQueue<Event> events, java.util.function.Predicate<Event> wanted)
            throws InterruptedException {
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(15);
        while (System.nanoTime() < until) {
            Event event = events.poll(100, TimeUnit.MILLISECONDS);
            if (event != null && wanted.test(event)) {
                return event;
            }
        }
        throw new AssertionError("no such state within 15 s");
    }

    /** The stream's {@code state} events with their ids. */
    private static void read(HttpResponse<java.io.InputStream> response, BlockingQueue<Event> events) {
        try (var lines = new BufferedReader(new InputStreamReader(response.body(), StandardCharsets.UTF_8))) {
            String id = "";
            String name = "message";
            List<String> data = new ArrayList<>();
            String line;
            while ((line = lines.readLine()) != null) {
                if (line.isEmpty()) {
                    if (!data.isEmpty() && name.equals("state")) {
                        events.add(new Event(id, String.join("", data)));
                    }
                    name = "message";
                    data.clear();
                } else if (line.startsWith("id:")) {
                    id = line.substring(3).strip();
                } else if (line.startsWith("event:")) {
                    name = line.substring(6).strip();
                } else if (line.startsWith("data:")) {
                    data.add(line.substring(5));
                }
            }
        } catch (Exception e) {
            // the stream ends when the test closes it
        }
    }
}
