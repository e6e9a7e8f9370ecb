import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Fail-over under a live vote (issue 20 §2), the load side: through nginx, sets up a session with a
 * motion and 100 delegates with API keys, connects 500 viewers to the session's live stream, opens
 * the vote, lets the delegates vote over a few seconds and kills instance A (SIGKILL) once half of
 * the ballots are acknowledged. A viewer whose stream ends reconnects through nginx with
 * Last-Event-ID, as a browser's EventSource does; a delegate whose ballot got no answer sends it
 * again. Then the vote is closed (on B) and every viewer must show the final tally.
 *
 * <pre>java FailoverBench.java http://127.0.0.1:8480 &lt;pid of A&gt; &lt;port of A&gt; [slug] [voters] [viewers]</pre>
 * Run by bench/cluster/failover.sh; prints the figures, exit code 1 when a check fails.
 */
public class FailoverBench {

    static final Pattern COUNTS = Pattern.compile("\"yes\":(\\d+),\"no\":(\\d+),\"abstain\":(\\d+)");
    static final Pattern STATE = Pattern.compile("\"voteState\":\"(\\w+)\"");
    static final Pattern ID = Pattern.compile("\"id\":\"([^\"]+)\"");
    static final Pattern TOKEN = Pattern.compile("\"token\":\"([^\"]+)\"");
    static final String PASSWORD = "Failover-Pass-2026";

    static HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    static String base;
    static String slug;

    /** What one viewer saw. */
    static final class Viewer {
        volatile String firstUpstream = "";
        volatile String lastId = "";
        volatile String lastState = "";
        volatile int lastCast = -1;
        volatile long lostAt;
        volatile long backAt;
        final AtomicInteger connections = new AtomicInteger();
    }

    public static void main(String[] args) throws Exception {
        base = args[0];
        long pidA = Long.parseLong(args[1]);
        String portA = args[2];
        slug = args.length > 3 ? args[3] : "lac-phuong";
        int voters = args.length > 4 ? Integer.parseInt(args[4]) : 100;
        int viewerCount = args.length > 5 ? Integer.parseInt(args[5]) : 500;
        String api = "/api/v1/councils/" + slug;

        long t0 = System.nanoTime();
        String chair = "fo.chair." + Long.toString(System.nanoTime(), 36);
        String clerk = "fo.clerk." + Long.toString(System.nanoTime(), 36);
        String chairId = json(post(api + "/users", user(chair, "COUNCIL_ADMIN"), basic("admin", System.getenv("ADMIN_PASSWORD"))), ID);
        json(post(api + "/users", user(clerk, "CLERK"), basic("admin", System.getenv("ADMIN_PASSWORD"))), ID);
        String asChair = basic(chair, PASSWORD);
        String asClerk = basic(clerk, PASSWORD);
        List<String> tokens = new ArrayList<>();
        try (var pool = Executors.newFixedThreadPool(4)) {
            List<Future<String>> made = new ArrayList<>();
            String run = Long.toString(System.nanoTime(), 36);
            for (int i = 0; i < voters; i++) {
                int n = i;
                made.add(pool.submit(() -> {
                    String userId = json(
                            post(api + "/users", user("fo.d" + n + "." + run, "DELEGATE"), basic("admin", System.getenv("ADMIN_PASSWORD"))),
                            ID);
                    return json(post(api + "/api-keys",
                            "{\"userId\":\"" + userId + "\",\"name\":\"failover\",\"scopes\":[\"write:council\"]}", asChair), TOKEN);
                }));
            }
            for (var f : made) {
                tokens.add(f.get());
            }
        }
        String session = json(post(api + "/sessions",
                "{\"title\":\"Kỳ họp thử chuyển máy " + run() + "\",\"startsAt\":\"2026-12-20T08:00:00+07:00\",\"kind\":\"REGULAR\"}",
                asClerk), ID);
        post(api + "/sessions/" + session + "/start", "", asChair);
        String item = json(post(api + "/sessions/" + session + "/agenda-items",
                "{\"title\":\"Tờ trình biểu quyết khi một máy chủ dừng\",\"motion\":true,\"majority\":\"MORE_THAN_HALF_OF_ALL\"}",
                asClerk), ID);
        report("set-up: %d delegates with API keys, a session and a motion in %.1f s", voters, sec(System.nanoTime() - t0));

        // viewers
        String stream = base + "/" + slug + "/ky-hop/" + session + "/su-kien";
        List<Viewer> viewers = new ArrayList<>();
        var streams = Executors.newVirtualThreadPerTaskExecutor();
        CountDownLatch connected = new CountDownLatch(viewerCount);
        for (int v = 0; v < viewerCount; v++) {
            Viewer viewer = new Viewer();
            viewers.add(viewer);
            streams.submit(() -> watch(viewer, stream, item, connected));
        }
        if (!connected.await(120, TimeUnit.SECONDS)) {
            report("only %d of %d viewers connected", viewerCount - connected.getCount(), viewerCount);
        }
        long onA = viewers.stream().filter(v -> v.firstUpstream.endsWith(":" + portA)).count();
        report("%d viewers connected through nginx: %d on A, %d on B", viewerCount, onA, viewerCount - onA);

        post(api + "/sessions/" + session + "/agenda-items/" + item + "/vote/open", "", asChair);
        // ballots over ~6 s; A is killed once half are acknowledged
        AtomicInteger acknowledged = new AtomicInteger();
        AtomicInteger retries = new AtomicInteger();
        AtomicLong killedAt = new AtomicLong();
        String votes = base + api + "/sessions/" + session + "/agenda-items/" + item + "/votes";
        int[] choices = new int[3];
        long voteStart = System.nanoTime();
        try (var pool = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int i = 0; i < voters; i++) {
                int n = i;
                String choice = n % 10 < 6 ? "YES" : n % 10 < 9 ? "NO" : "ABSTAIN";
                choices[n % 10 < 6 ? 0 : n % 10 < 9 ? 1 : 2]++;
                pool.submit(() -> {
                    Thread.sleep(ThreadLocalRandom.current().nextLong(6000));
                    long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
                    while (System.nanoTime() < until) {
                        try {
                            var r = http.send(HttpRequest.newBuilder(URI.create(votes))
                                            .header("Authorization", "Bearer " + tokens.get(n))
                                            .header("Content-Type", "application/json")
                                            .timeout(Duration.ofSeconds(20))
                                            .POST(HttpRequest.BodyPublishers.ofString("{\"choice\":\"" + choice + "\"}"))
                                            .build(),
                                    HttpResponse.BodyHandlers.discarding());
                            if (r.statusCode() / 100 == 2) {
                                if (acknowledged.incrementAndGet() == voters / 2 && killedAt.get() == 0) {
                                    ProcessHandle.of(pidA).ifPresent(ProcessHandle::destroyForcibly);
                                    killedAt.set(System.nanoTime());
                                    report("instance A (pid %d) killed with SIGKILL after %d acknowledged ballots", pidA, voters / 2);
                                }
                                return null;
                            }
                        } catch (Exception e) {
                            // the instance went away under the request: send it again
                        }
                        retries.incrementAndGet();
                        Thread.sleep(300);
                    }
                    return null;
                });
            }
        }
        report("ballots: %d of %d acknowledged in %.1f s, %d sent again after an error (502 or a dropped connection)",
                acknowledged.get(), voters, sec(System.nanoTime() - voteStart), retries.get());

        Thread.sleep(1000);
        String closed = post(api + "/sessions/" + session + "/agenda-items/" + item + "/vote/close", "", asChair);
        Matcher c = COUNTS.matcher(closed);
        int yes = 0, no = 0, abstain = 0;
        if (c.find()) {
            yes = Integer.parseInt(c.group(1));
            no = Integer.parseInt(c.group(2));
            abstain = Integer.parseInt(c.group(3));
        }
        long closedAt = System.nanoTime();
        report("vote closed on the surviving instance: yes %d, no %d, abstain %d (sent: %d, %d, %d)",
                yes, no, abstain, choices[0], choices[1], choices[2]);

        // every viewer must reach the final tally
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < deadline && viewers.stream().anyMatch(v -> !v.lastState.equals("CLOSED") || v.lastCast != voters)) {
            Thread.sleep(100);
        }
        long finalAll = System.nanoTime();
        long withFinal = viewers.stream().filter(v -> v.lastState.equals("CLOSED") && v.lastCast == voters).count();
        long reconnected = viewers.stream().filter(v -> v.connections.get() > 1).count();
        long[] gaps = viewers.stream().filter(v -> v.backAt > 0 && v.lostAt > 0).mapToLong(v -> v.backAt - v.lostAt).sorted().toArray();
        report("viewers that were on A reconnected through nginx: %d (of %d on A)", reconnected, onA);
        if (gaps.length > 0) {
            report("stream lost → stream back: p50 %.2f s, p99 %.2f s, max %.2f s",
                    sec(gaps[gaps.length / 2]), sec(gaps[Math.min(gaps.length - 1, (int) Math.ceil(gaps.length * 0.99) - 1)]), sec(gaps[gaps.length - 1]));
        }
        report("final tally (CLOSED, %d cast) at %d of %d viewers, the last %.2f s after the close; stale: %d",
                voters, withFinal, viewerCount, sec(finalAll - closedAt), viewerCount - withFinal);
        streams.shutdownNow();
        boolean ok = acknowledged.get() == voters && yes + no + abstain == voters
                && yes == choices[0] && no == choices[1] && abstain == choices[2]
                && withFinal == viewerCount && reconnected >= onA;
        System.out.println("SESSION " + session + " ITEM " + item);
        report(ok ? "PASS" : "FAIL");
        System.exit(ok ? 0 : 1);
    }

    /** A viewer as a browser's EventSource: reconnects after 2 s (the stream's retry) with Last-Event-ID. */
    static void watch(Viewer viewer, String url, String item, CountDownLatch connected) {
        boolean counted = false;
        while (!Thread.currentThread().isInterrupted()) {
            try {
                var request = HttpRequest.newBuilder(URI.create(url)).header("Accept", "text/event-stream");
                if (!viewer.lastId.isEmpty()) {
                    request.header("Last-Event-ID", viewer.lastId);
                }
                var response = http.send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
                if (response.statusCode() != 200) {
                    response.body().close();
                    throw new IllegalStateException("status " + response.statusCode());
                }
                if (viewer.connections.incrementAndGet() == 1) {
                    viewer.firstUpstream = response.headers().firstValue("X-Upstream").orElse("");
                } else {
                    viewer.backAt = System.nanoTime();
                }
                if (!counted) {
                    counted = true;
                    connected.countDown();
                }
                try (var lines = new BufferedReader(new InputStreamReader(response.body(), StandardCharsets.UTF_8))) {
                    String line;
                    String id = "";
                    while ((line = lines.readLine()) != null) {
                        if (line.startsWith("id:")) {
                            id = line.substring(3).strip();
                        } else if (line.startsWith("data:") && line.contains(item)) {
                            String part = line.substring(line.indexOf(item));
                            Matcher m = COUNTS.matcher(part);
                            Matcher s = STATE.matcher(part);
                            if (m.find() && s.find()) {
                                viewer.lastCast = Integer.parseInt(m.group(1)) + Integer.parseInt(m.group(2)) + Integer.parseInt(m.group(3));
                                viewer.lastState = s.group(1);
                            }
                            viewer.lastId = id;
                        } else if (line.startsWith("data:")) {
                            viewer.lastId = id;
                        }
                    }
                }
            } catch (Exception e) {
                // the instance went away: reconnect like EventSource
            }
            if (viewer.lostAt == 0 || viewer.backAt > viewer.lostAt) {
                viewer.lostAt = System.nanoTime();
            }
            try {
                Thread.sleep(2000);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    static String user(String username, String role) {
        return "{\"username\":\"" + username + "\",\"password\":\"" + PASSWORD + "\",\"fullName\":\"Người thử chuyển máy\",\"roles\":[\"" + role + "\"]}";
    }

    static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    static String post(String path, String body, String authorization) throws Exception {
        for (int attempt = 0; ; attempt++) {
            var r = http.send(HttpRequest.newBuilder(URI.create(path.startsWith("http") ? path : base + path))
                            .header("Authorization", authorization)
                            .header("Content-Type", "application/json")
                            .timeout(Duration.ofSeconds(60))
                            .POST(HttpRequest.BodyPublishers.ofString(body))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() / 100 == 2) {
                return r.body();
            }
            if (attempt >= 5 || r.statusCode() / 100 == 4) {
                throw new IllegalStateException(path + ": " + r.statusCode() + " " + r.body());
            }
            Thread.sleep(500);
        }
    }

    static String json(String body, Pattern field) {
        Matcher m = field.matcher(body);
        if (!m.find()) {
            throw new IllegalStateException("no " + field + " in " + body);
        }
        return m.group(1);
    }

    static String run() {
        return Long.toString(System.currentTimeMillis(), 36);
    }

    static double sec(long nanos) {
        return nanos / 1e9;
    }

    static void report(String format, Object... args) {
        String load = "?";
        try {
            load = java.nio.file.Files.readString(java.nio.file.Path.of("/proc/loadavg")).split(" ")[0];
        } catch (Exception e) {
            // not Linux
        }
        System.out.println("[failover] " + String.format(Locale.ROOT, format, args) + " (load " + load + ")");
    }
}
