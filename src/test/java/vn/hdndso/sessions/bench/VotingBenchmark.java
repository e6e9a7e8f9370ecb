package vn.hdndso.sessions.bench;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.MeterRegistry;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.support.TransactionTemplate;
import vn.hdndso.councils.Council;
import vn.hdndso.councils.Councils;
import vn.hdndso.identity.ApiKeys;
import vn.hdndso.identity.NewUser;
import vn.hdndso.identity.Role;
import vn.hdndso.identity.UserAccounts;
import vn.hdndso.sessions.AgendaItem;
import vn.hdndso.sessions.CouncilSession;
import vn.hdndso.sessions.Majority;
import vn.hdndso.sessions.NewSession;
import vn.hdndso.sessions.SessionKind;
import vn.hdndso.sessions.Sessions;
import vn.hdndso.sessions.Votes;
import vn.hdndso.shared.tenancy.Tenancy;
import vn.hdndso.shared.tenancy.TenantScope;
import vn.hdndso.support.IntegrationTest;
import vn.hdndso.support.TestClient;

/**
 * 500 delegates vote within the same second while 1,000 viewers watch the session's public
 * server-sent event stream: every vote must be recorded exactly once, every viewer must get the
 * final tally, and the time from a vote to the viewers' tally that includes it is measured (target
 * p99 ≤ 1 s). Votes go through HTTP with each delegate's API key (the JSON API of API.md), viewers
 * through the public stream, both from this JVM. Not part of the test suite (the name does not
 * match Surefire's patterns); run it on purpose, see bench/sessions/README.md:
 *
 * <pre>./mvnw -B test -Dtest=VotingBenchmark -Dbench.voters=500 -Dbench.viewers=1000</pre>
 */
@IntegrationTest
// every viewer here comes from 127.0.0.1: the per-address cap on live streams (60 by default) is
// for the public, not for this one machine playing a thousand phones
@TestPropertySource(properties = "hdnd.sessions.live.per-address=5000")
class VotingBenchmark {

    private static final String SLUG = "vinh-bao";
    private static final Pattern COUNTS = Pattern.compile("\"yes\":(\\d+),\"no\":(\\d+),\"abstain\":(\\d+)");
    private static final Pattern STATE = Pattern.compile("\"voteState\":\"(\\w+)\"");

    @Autowired
    TestClient client;

    @Autowired
    Councils councils;

    @Autowired
    UserAccounts accounts;

    @Autowired
    ApiKeys apiKeys;

    @Autowired
    Sessions sessions;

    @Autowired
    Votes votes;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    MeterRegistry meters;

    /** What one viewer saw: the arrival time (ns) of each state, with its number of cast votes. */
    record Seen(long[] at, int[] cast, boolean gotFinal) {}

    @Test
    void measure() throws Exception {
        int voters = Integer.getInteger("bench.voters", 500);
        int viewers = Integer.getInteger("bench.viewers", 1000);
        Council council = councils.requireBySlug(SLUG);
        report(
                "machine: %d cores, JVM max heap %d MB",
                Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20);

        long setupStart = System.nanoTime();
        List<String> tokens = delegatesWithKeys(council, voters);
        report(
                "set-up: %d delegates with accounts and API keys in %.1f s",
                voters, seconds(System.nanoTime() - setupStart));

        CouncilSession session = Tenancy.call(
                TenantScope.staffOf(council.id()),
                () -> sessions.plan(
                        council.id(),
                        new NewSession(
                                "Kỳ họp đo hiệu năng " + Instant.now(),
                                Instant.now(),
                                SessionKind.REGULAR,
                                null,
                                null,
                                null)));
        Tenancy.run(TenantScope.staffOf(council.id()), () -> sessions.start(council.id(), session.id()));
        int warmRounds = Integer.getInteger("bench.warmup.rounds", 3);
        List<AgendaItem> warm = new ArrayList<>();
        for (int round = 0; round < warmRounds; round++) {
            warm.add(addMotion(council, session, "Tờ trình khởi động " + (round + 1)));
        }
        AgendaItem item = addMotion(council, session, "Tờ trình đo hiệu năng");
        String base = client.baseUrl() + "/api/v1/councils/" + SLUG + "/sessions/" + session.id() + "/agenda-items/";

        HttpClient http =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(30)).build();
        // warm-up: every voter votes on bench.warmup.rounds other motions (default 3 × 500 votes:
        // JIT, pool, caches; 50 votes left the compiler threads busy during the measured burst)
        long warmStart = System.nanoTime();
        for (AgendaItem motion : warm) {
            Tenancy.run(TenantScope.staffOf(council.id()), () -> votes.open(council.id(), session.id(), motion.id()));
            runVotes(http, base + motion.id() + "/votes", tokens, new long[voters], new long[voters]);
            Tenancy.run(TenantScope.staffOf(council.id()), () -> votes.close(council.id(), session.id(), motion.id()));
        }
        report("warm-up: %d rounds of %d votes in %.1f s", warmRounds, voters, seconds(System.nanoTime() - warmStart));

        // 1,000 viewers on the public stream
        var streams = Executors.newVirtualThreadPerTaskExecutor();
        CountDownLatch connected = new CountDownLatch(viewers);
        CountDownLatch finals = new CountDownLatch(viewers);
        ConcurrentLinkedQueue<Seen> seen = new ConcurrentLinkedQueue<>();
        AtomicInteger failedViewers = new AtomicInteger();
        String streamUrl = client.baseUrl() + "/" + SLUG + "/ky-hop/" + session.id() + "/su-kien";
        String itemId = item.id().toString();
        long connectStart = System.nanoTime();
        for (int v = 0; v < viewers; v++) {
            streams.submit(() -> watch(http, streamUrl, itemId, voters, connected, finals, seen, failedViewers));
        }
        assertThat(connected.await(120, TimeUnit.SECONDS))
                .as("viewers connected")
                .isTrue();
        report("%d viewers connected in %.1f s", viewers, seconds(System.nanoTime() - connectStart));

        Tenancy.run(TenantScope.staffOf(council.id()), () -> votes.open(council.id(), session.id(), item.id()));
        Thread.sleep(500);
        long[] sent = new long[voters];
        long[] answered = new long[voters];
        double borrowedBefore = count("hikaricp.connections.usage", null, null);
        double keysInDatabaseBefore = count("hdnd.api_keys.verifications", "from", "database");
        double keysInMemoryBefore = count("hdnd.api_keys.verifications", "from", "memory");
        long positionBefore = livePosition(council, session);
        long votingStart = System.nanoTime();
        int failed = runVotes(http, base + item.id() + "/votes", tokens, sent, answered);
        long votingEnd = Arrays.stream(answered).max().orElse(0);
        report(
                "%d votes sent at once: all answered in %.2f s, %d failed",
                voters, seconds(votingEnd - votingStart), failed);
        report(
                "during the burst: %.2f pooled connections borrowed per ballot (all users of the pool);"
                        + " API keys checked in the database %.0f, from memory %.0f",
                (count("hikaricp.connections.usage", null, null) - borrowedBefore) / voters,
                count("hdnd.api_keys.verifications", "from", "database") - keysInDatabaseBefore,
                count("hdnd.api_keys.verifications", "from", "memory") - keysInMemoryBefore);
        long[] http99 = new long[voters];
        for (int i = 0; i < voters; i++) {
            http99[i] = answered[i] - sent[i];
        }
        report(
                "vote request (HTTP, auth, ballot, audit): p50 %.0f ms, p99 %.0f ms, max %.0f ms",
                ms(percentile(http99, 50)), ms(percentile(http99, 99)), ms(percentile(http99, 100)));

        boolean allFinal = finals.await(30, TimeUnit.SECONDS);
        long finalAll = System.nanoTime();
        report(
                "final tally (%d cast) reached %d of %d viewers; the last %.2f s after the last vote's answer",
                voters, viewers - finals.getCount(), viewers, seconds(finalAll - votingEnd));
        report(
                "the session's live position moved %d times for %d ballots (ADR 0009: once per move, after the commits)",
                livePosition(council, session) - positionBefore, voters);

        // vote → tally: for each vote, the first state at each viewer that counts at least as many
        // votes as had been answered when this vote was answered
        long[] order = answered.clone();
        Arrays.sort(order);
        List<Long> lags = new ArrayList<>();
        for (Seen s : seen) {
            for (int i = 0; i < voters; i++) {
                int rank = Arrays.binarySearch(order, answered[i]) + 1;
                long arrival = firstAtLeast(s, rank);
                if (arrival > 0) {
                    lags.add(arrival - sent[i]);
                }
            }
        }
        long[] lag = lags.stream().mapToLong(Long::longValue).toArray();
        report(
                "vote → tally at the viewers (%d vote×viewer pairs): p50 %.0f ms, p95 %.0f ms, p99 %.0f ms, max %.0f ms",
                lag.length,
                ms(percentile(lag, 50)),
                ms(percentile(lag, 95)),
                ms(percentile(lag, 99)),
                ms(percentile(lag, 100)));

        var tally = Tenancy.call(
                TenantScope.staffOf(council.id()), () -> votes.close(council.id(), session.id(), item.id()));
        int ballots = Tenancy.call(
                TenantScope.staffOf(council.id()),
                () -> transactions.execute(s -> jdbc.sql("select count(*) from ballot where item_id = :i")
                        .param("i", item.id().value())
                        .query(Integer.class)
                        .single()));
        int distinct = Tenancy.call(
                TenantScope.staffOf(council.id()),
                () -> transactions.execute(
                        s -> jdbc.sql("select count(distinct delegate_id) from ballot where item_id = :i")
                                .param("i", item.id().value())
                                .query(Integer.class)
                                .single()));
        report(
                "recorded: %d ballots from %d delegates; tally yes %d, no %d, abstain %d of %d → passed %s",
                ballots, distinct, tally.yes(), tally.no(), tally.abstain(), tally.totalDelegates(), tally.passed());
        compareKeptAndForgottenKeys(council, session, base, http, tokens);
        streams.shutdownNow();
        assertThat(failed).isZero();
        assertThat(ballots).isEqualTo(voters);
        assertThat(distinct).isEqualTo(voters);
        assertThat(tally.yes() + tally.no() + tally.abstain()).isEqualTo(voters);
        assertThat(allFinal).as("every viewer got the final tally").isTrue();
        assertThat(failedViewers.get()).isZero();
    }

    /**
     * {@code bench.compare.rounds} (default 0) more bursts on new motions, with the viewers still
     * watching, alternating: the API keys forgotten by every instance first (as before ADR 0008:
     * each ballot checks its key in a transaction of its own) and the keys kept. Same JVM, same
     * load: the ratio of the two tells what keeping the keys saves, whatever the machine's load.
     */
    private void compareKeptAndForgottenKeys(
            Council council, CouncilSession session, String base, HttpClient http, List<String> tokens)
            throws Exception {
        int rounds = Integer.getInteger("bench.compare.rounds", 0);
        int voters = tokens.size();
        for (int round = 1; round <= rounds; round++) {
            for (boolean kept : new boolean[] {false, true}) {
                AgendaItem motion = addMotion(council, session, "Tờ trình so sánh " + round + (kept ? "b" : "a"));
                Tenancy.run(
                        TenantScope.staffOf(council.id()), () -> votes.open(council.id(), session.id(), motion.id()));
                if (!kept) {
                    // any payload but key:/user: makes every instance forget every kept key
                    jdbc.sql("select pg_notify('api_key_change', 'benchmark: forget all')::text")
                            .query((rs, n) -> 1)
                            .list();
                }
                Thread.sleep(500);
                long[] sent = new long[voters];
                long[] answered = new long[voters];
                double inDatabase = count("hdnd.api_keys.verifications", "from", "database");
                double borrowed = count("hikaricp.connections.usage", null, null);
                long start = System.nanoTime();
                int failed = runVotes(http, base + motion.id() + "/votes", tokens, sent, answered);
                long end = Arrays.stream(answered).max().orElse(0);
                long[] took = new long[voters];
                for (int i = 0; i < voters; i++) {
                    took[i] = answered[i] - sent[i];
                }
                report(
                        "compare round %d, keys %s: %d ballots answered in %.2f s (%d failed), request p50 %.0f ms,"
                                + " p99 %.0f ms; keys checked in the database %.0f; %.2f connections borrowed per ballot",
                        round,
                        kept ? "kept" : "forgotten",
                        voters,
                        seconds(end - start),
                        failed,
                        ms(percentile(took, 50)),
                        ms(percentile(took, 99)),
                        count("hdnd.api_keys.verifications", "from", "database") - inDatabase,
                        (count("hikaricp.connections.usage", null, null) - borrowed) / voters);
                Tenancy.run(
                        TenantScope.staffOf(council.id()), () -> votes.close(council.id(), session.id(), motion.id()));
            }
        }
    }

    private AgendaItem addMotion(Council council, CouncilSession session, String title) {
        return Tenancy.call(
                TenantScope.staffOf(council.id()),
                () -> sessions.addItem(council.id(), session.id(), title, true, Majority.MORE_THAN_HALF_OF_ALL, null));
    }

    /** Delegates with accounts and API keys; reused when the council already has enough. */
    private List<String> delegatesWithKeys(Council council, int count) throws Exception {
        String run = Long.toString(System.nanoTime(), 36);
        List<String> tokens = new ArrayList<>();
        try (var pool = Executors.newFixedThreadPool(2)) {
            List<Future<String>> made = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                int n = i;
                made.add(pool.submit(() -> Tenancy.call(TenantScope.staffOf(council.id()), () -> {
                    var account = accounts.create(
                            council.id(),
                            new NewUser(
                                    "bench." + run + "." + n,
                                    "Bench-Pass-2026-" + n,
                                    "Đại biểu đo " + n,
                                    null,
                                    null,
                                    Set.of(Role.DELEGATE)),
                            true,
                            false);
                    return apiKeys.create(
                                    council.id(),
                                    account.id(),
                                    "bench",
                                    null,
                                    Set.of(vn.hdndso.identity.ApiKeyScope.WRITE_COUNCIL))
                            .token();
                })));
            }
            for (Future<String> f : made) {
                tokens.add(f.get());
            }
        }
        return tokens;
    }

    /** Every voter at once (a latch releases them); choices 60 % YES, 30 % NO, 10 % ABSTAIN. */
    private static int runVotes(HttpClient http, String url, List<String> tokens, long[] sent, long[] answered)
            throws Exception {
        CountDownLatch go = new CountDownLatch(1);
        AtomicInteger failed = new AtomicInteger();
        try (var pool = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int i = 0; i < tokens.size(); i++) {
                int n = i;
                String choice = n % 10 < 6 ? "YES" : n % 10 < 9 ? "NO" : "ABSTAIN";
                pool.submit(() -> {
                    go.await();
                    sent[n] = System.nanoTime();
                    var response = http.send(
                            HttpRequest.newBuilder(URI.create(url))
                                    .header("Authorization", "Bearer " + tokens.get(n))
                                    .header("Content-Type", "application/json")
                                    .timeout(Duration.ofSeconds(60))
                                    .POST(HttpRequest.BodyPublishers.ofString("{\"choice\":\"" + choice + "\"}"))
                                    .build(),
                            HttpResponse.BodyHandlers.discarding());
                    answered[n] = System.nanoTime();
                    if (response.statusCode() != 200) {
                        failed.incrementAndGet();
                    }
                    return null;
                });
            }
            go.countDown();
        }
        return failed.get();
    }

    /** The session's live position (session_live, V122). */
    private long livePosition(Council council, CouncilSession session) {
        Long position = Tenancy.call(
                TenantScope.staffOf(council.id()),
                () -> transactions.execute(s -> jdbc.sql("select position from session_live where session_id = :s")
                        .param("s", session.id().value())
                        .query(Long.class)
                        .optional()
                        .orElse(0L)));
        return position == null ? 0 : position;
    }

    /** A timer's or counter's count (0 when it does not exist), e.g. the pool's borrowings. */
    private double count(String name, @Nullable String tag, @Nullable String value) {
        var search = tag == null || value == null
                ? meters.find(name)
                : meters.find(name).tag(tag, value);
        var timer = search.timer();
        if (timer != null) {
            return timer.count();
        }
        var counter = search.counter();
        return counter == null ? 0 : counter.count();
    }

    private static void watch(
            HttpClient http,
            String url,
            String itemId,
            int voters,
            CountDownLatch connected,
            CountDownLatch finals,
            ConcurrentLinkedQueue<Seen> seen,
            AtomicInteger failed) {
        List<long[]> states = new ArrayList<>();
        boolean done = false;
        try {
            var response = http.send(
                    HttpRequest.newBuilder(URI.create(url))
                            .header("Accept", "text/event-stream")
                            .build(),
                    HttpResponse.BodyHandlers.ofInputStream());
            connected.countDown();
            try (var lines = new BufferedReader(new InputStreamReader(response.body(), StandardCharsets.UTF_8))) {
                String line;
                while (!done && (line = lines.readLine()) != null) {
                    if (!line.startsWith("data:")) {
                        continue;
                    }
                    long at = System.nanoTime();
                    int index = line.indexOf(itemId);
                    if (index < 0) {
                        continue;
                    }
                    String part = line.substring(index);
                    Matcher m = COUNTS.matcher(part);
                    Matcher s = STATE.matcher(part);
                    if (m.find() && s.find() && s.group(1).equals("OPEN")) {
                        int cast = Integer.parseInt(m.group(1))
                                + Integer.parseInt(m.group(2))
                                + Integer.parseInt(m.group(3));
                        states.add(new long[] {at, cast});
                        if (cast >= voters) {
                            done = true;
                            finals.countDown();
                        }
                    }
                }
            }
        } catch (Exception e) {
            failed.incrementAndGet();
            connected.countDown();
        } finally {
            seen.add(new Seen(
                    states.stream().mapToLong(a -> a[0]).toArray(),
                    states.stream().mapToInt(a -> (int) a[1]).toArray(),
                    done));
        }
    }

    private static long firstAtLeast(Seen s, int cast) {
        for (int i = 0; i < s.cast().length; i++) {
            if (s.cast()[i] >= cast) {
                return s.at()[i];
            }
        }
        return -1;
    }

    private static long percentile(long[] values, int p) {
        if (values.length == 0) {
            return 0;
        }
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }

    private static double ms(long nanos) {
        return nanos / 1e6;
    }

    private static double seconds(long nanos) {
        return nanos / 1e9;
    }

    private static void report(String format, Object... args) {
        System.out.println("[bench] " + String.format(Locale.ROOT, format, args) + " (load " + load() + ")");
    }

    /** The machine's 1-minute load average: the machine is shared, so each figure carries it. */
    private static String load() {
        try {
            return java.nio.file.Files.readString(java.nio.file.Path.of("/proc/loadavg"))
                    .split(" ")[0];
        } catch (java.io.IOException e) {
            return "?";
        }
    }
}
