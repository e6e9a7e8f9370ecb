package vn.hdndso.sessions;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.lang.reflect.Method;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.hdndso.HdndApplication;
import vn.hdndso.shared.InstallationProperties;
import vn.hdndso.support.ExtraInstance;
import vn.hdndso.support.IntegrationTest;
import vn.hdndso.support.TestClient;

/**
 * Two instances on one database (issue 20 §1): A is this test's application, B a second one
 * started here on the same database, its periodic re-reading of live sessions set to ten minutes
 * so that only the notices between instances ({@code LISTEN/NOTIFY}) can carry a change. A change
 * committed on A empties B's page cache; a vote cast on A reaches a viewer of B's live stream
 * within a second; a viewer that lost B reconnects to A with {@code Last-Event-ID} and gets the
 * final tally it missed, and nothing again when it missed nothing.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LiveAcrossInstancesIntegrationTest {

    private static final String COUNCIL = "yet-kieu";

    @Autowired
    TestClient client;

    @Autowired
    DataSource dataSource;

    @Autowired
    InstallationProperties installation;

    private final JsonMapper json = JsonMapper.builder().build();
    private final HttpClient http = HttpClient.newHttpClient();
    private SessionFixture council;
    private ConfigurableApplicationContext b;
    private String baseB;

    @BeforeAll
    void startB(@TempDir Path instanceB) throws Exception {
        council = SessionFixture.withDelegates(client, COUNCIL, 4);
        List<String> args = new ArrayList<>(List.of(
                "--server.port=0",
                "--hdnd.data-dir=" + instanceB.toAbsolutePath(),
                "--hdnd.db.pool-size=4",
                "--hdnd.demo=false",
                "--hdnd.identity.admin-password=" + TestClient.ADMIN_PASSWORD,
                "--hdnd.sessions.live.refresh=PT10M",
                "--hdnd.portal.server-ttl=PT10M",
                "--spring.modulith.events.republish-outstanding-events-on-restart=false",
                "--logging.file.name="));
        args.addAll(ExtraInstance.onTheTestDatabase(dataSource, installation.dataDir()));
        args.addAll(ExtraInstance.withTheSuitesLimits());
        b = new SpringApplicationBuilder(HdndApplication.class).run(args.toArray(String[]::new));
        baseB = "http://127.0.0.1:" + b.getEnvironment().getProperty("local.server.port");
    }

    @AfterAll
    void stopB() {
        if (b != null) {
            b.close();
        }
    }

    @Test
    void aChangeCommittedOnAEmptiesTheCachedPageOnB() throws Exception {
        String session = council.sessionInProgress("Kỳ họp trang lưu sẵn");
        String page = "/" + COUNCIL + "/ky-hop/" + session;
        String before = get(baseB + page);
        // a page rendered while B forgot anything (A's set-up just now, and again two seconds later for
        // the indicator pages) is rightly not kept: visit until B keeps it
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(15);
        while (!cachedOnB(page) && System.nanoTime() < until) {
            before = get(baseB + page);
            Thread.sleep(200);
        }
        assertThat(cachedOnB(page)).as("B keeps the rendered page").isTrue();

        String title = "Tờ trình mới " + TestClient.uniqueUsername("tt");
        assertThat(before).doesNotContain(title);
        council.motion(session, title, "MORE_THAN_HALF_OF_ALL"); // committed on A
        long committed = System.nanoTime();
        while (cachedOnB(page) && System.nanoTime() - committed < TimeUnit.SECONDS.toNanos(5)) {
            Thread.sleep(10);
        }
        Duration took = Duration.ofNanos(System.nanoTime() - committed);

        assertThat(cachedOnB(page)).as("B forgot the page").isFalse();
        assertThat(took).as("from A's commit to B forgetting the page").isLessThan(Duration.ofSeconds(1));
        assertThat(get(baseB + page)).as("B serves the new page").contains(title);
    }

    @Test
    void aVoteCastOnAReachesAViewerOnBWithinASecondWithoutPolling() throws Exception {
        String session = council.sessionInProgress("Kỳ họp hai máy chủ");
        String item = council.motion(session, "Tờ trình biểu quyết trên A", "MORE_THAN_HALF_OF_ALL");
        try (var viewer = new Viewer(baseB, session, null)) {
            Event first = viewer.next(e -> e.name().equals("state"));
            assertThat(motion(first).get("voteState").asString()).isEqualTo("NONE");

            assertThat(council.open(session, item).status()).isBetween(200, 299);
            viewer.next(e -> e.name().equals("state")
                    && motion(e).get("voteState").asString().equals("OPEN"));
            assertThat(council.vote(session, item, council.delegates.get(0), "YES")
                            .status())
                    .isEqualTo(200);
            long cast = System.nanoTime();
            Event seen = viewer.next(
                    e -> e.name().equals("state") && motion(e).get("yes").asInt() == 1);
            Duration took = Duration.ofNanos(System.nanoTime() - cast);

            assertThat(took).as("from the ballot on A to the viewer on B").isLessThan(Duration.ofSeconds(1));
            assertThat(Long.parseLong(seen.id())).isGreaterThan(Long.parseLong(first.id()));
        }
    }

    @Test
    void aViewerThatLostBResumesOnAWithLastEventIdAndGetsTheFinalTally() throws Exception {
        String session = council.sessionInProgress("Kỳ họp nối lại");
        String item = council.motion(session, "Tờ trình nối lại", "MORE_THAN_HALF_OF_ALL");
        assertThat(council.open(session, item).status()).isBetween(200, 299);
        council.vote(session, item, council.delegates.get(0), "YES");
        String lastId;
        try (var viewer = new Viewer(baseB, session, null)) {
            lastId = viewer.next(e ->
                            e.name().equals("state") && motion(e).get("yes").asInt() == 1)
                    .id();
        }
        // B is lost to this viewer: votes are cast and the vote closes on A meanwhile
        council.vote(session, item, council.delegates.get(1), "YES");
        council.vote(session, item, council.delegates.get(2), "NO");
        assertThat(council.close(session, item).status()).isBetween(200, 299);

        String finalId;
        try (var resumed = new Viewer(client.baseUrl(), session, lastId)) {
            Event first = resumed.next(e -> e.name().equals("state"));
            JsonNode motion = motion(first);
            assertThat(motion.get("voteState").asString())
                    .as("never a stale result")
                    .isEqualTo("CLOSED");
            assertThat(motion.get("yes").asInt()).isEqualTo(2);
            assertThat(motion.get("no").asInt()).isEqualTo(1);
            assertThat(Long.parseLong(first.id())).isGreaterThan(Long.parseLong(lastId));
            finalId = first.id();
        }
        // the same id means the same on B: a viewer that missed nothing gets nothing again. A
        // follow-up change after the close (in its own transaction, after the commit) may still move
        // the session on: then B sends it, newer and never stale, and the id after it is quiet
        boolean quiet = false;
        for (int attempt = 0; attempt < 3 && !quiet; attempt++) {
            try (var upToDate = new Viewer(baseB, session, finalId)) {
                var sent = upToDate.poll(Duration.ofMillis(1500));
                if (sent.isEmpty()) {
                    quiet = true;
                } else {
                    assertThat(Long.parseLong(sent.get().id()))
                            .as("only what is newer than the viewer's id")
                            .isGreaterThan(Long.parseLong(finalId));
                    if (sent.get().name().equals("state")) {
                        assertThat(motion(sent.get()).get("voteState").asString())
                                .isEqualTo("CLOSED");
                    }
                    finalId = sent.get().id();
                }
            }
        }
        assertThat(quiet).as("a viewer with the latest id gets nothing again").isTrue();
        // nor when B hears a notice late (its listener behind on a busy machine): B's last broadcast of
        // this session is still the one vote it showed the first viewer, but this viewer holds the newer id
        try (var upToDate = new Viewer(baseB, session, finalId)) {
            notifyLate(session, finalId);
            assertThat(upToDate.poll(Duration.ofMillis(1500)))
                    .as("a late notice sends nothing the viewer holds")
                    .isEmpty();
        }
        try (var stale = new Viewer(baseB, session, "0")) {
            assertThat(motion(stale.next(e -> e.name().equals("state")))
                            .get("voteState")
                            .asString())
                    .isEqualTo("CLOSED");
        }
    }

    /** The notice A sent for the change at {@code position}, as if B heard it only now. */
    private void notifyLate(String session, String position) throws Exception {
        try (var connection = dataSource.getConnection();
                var statement = connection.prepareStatement(
                        "select pg_notify('session_live', (select id from council where slug = ?)::text || ' ' || ? || ' ' || ?)")) {
            statement.setString(1, COUNCIL);
            statement.setString(2, session);
            statement.setString(3, position);
            statement.execute();
        }
    }

    private JsonNode motion(Event event) {
        return json.readTree(event.data()).get("motions").get(0);
    }

    private String get(String url) throws Exception {
        var response = http.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        return response.body();
    }

    /** Whether B's page cache holds the page (its key for an anonymous, cookie-less GET). */
    private boolean cachedOnB(String path) throws Exception {
        Class<?> type = Class.forName("vn.hdndso.portal.internal.PageCache");
        Object cache = b.getBean(type);
        Method get = type.getDeclaredMethod("get", String.class);
        get.setAccessible(true);
        return ((Optional<?>) get.invoke(cache, path + "|")).isPresent();
    }

    /** One server-sent event. */
    record Event(String id, String name, String data) {}

    /** A viewer of a session's public live stream, reading it on a thread of its own. */
    private final class Viewer implements AutoCloseable {

        private final BlockingQueue<Event> events = new LinkedBlockingQueue<>();
        private final HttpResponse<java.io.InputStream> response;
        private final Thread reader;

        Viewer(String base, String session, @Nullable String lastEventId) throws Exception {
            var request = HttpRequest.newBuilder(URI.create(base + "/" + COUNCIL + "/ky-hop/" + session + "/su-kien"))
                    .header("Accept", "text/event-stream");
            if (lastEventId != null) {
                request.header("Last-Event-ID", lastEventId);
            }
            response = http.send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
            assertThat(response.statusCode()).isEqualTo(200);
            reader = Thread.ofVirtual().start(this::read);
        }

        private void read() {
            try (var lines = new BufferedReader(new InputStreamReader(response.body(), StandardCharsets.UTF_8))) {
                String id = "";
                String name = "message";
                var data = new StringBuilder();
                String line;
                while ((line = lines.readLine()) != null) {
                    if (line.isEmpty()) {
                        if (!data.isEmpty()) {
                            events.add(new Event(id, name, data.toString()));
                        }
                        name = "message";
                        data.setLength(0);
                    } else if (line.startsWith("id:")) {
                        id = line.substring(3).strip();
                    } else if (line.startsWith("event:")) {
                        name = line.substring(6).strip();
                    } else if (line.startsWith("data:")) {
                        data.append(line.substring(5));
                    }
                }
            } catch (Exception e) {
                // the stream ends when the test closes it
            }
        }

        Event next(Predicate<Event> wanted) throws InterruptedException {
            long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            while (System.nanoTime() < until) {
                Event event = events.poll(50, TimeUnit.MILLISECONDS);
                if (event != null && wanted.test(event)) {
                    return event;
                }
            }
            throw new AssertionError("no such event within 10 s");
        }

        Optional<Event> poll(Duration within) throws InterruptedException {
            return Optional.ofNullable(events.poll(within.toMillis(), TimeUnit.MILLISECONDS));
        }

        @Override
        public void close() throws Exception {
            response.body().close();
            reader.interrupt();
        }
    }
}
