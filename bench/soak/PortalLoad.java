import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;

/**
 * Load on the public portal for the soak (bench/soak.sh), to 127.0.0.1 only, bounded in time and
 * in requests in flight. The pages: the front page, the council pages and the public pages they
 * link to (found once at the start). Two modes:
 *
 * <pre>
 *   java PortalLoad.java capacity BASE SLUG SECONDS CONCURRENCY   # closed loop: requests/s the server sustains
 *   java PortalLoad.java rate BASE SLUG SECONDS RATE              # open loop at RATE requests/s
 * </pre>
 *
 * Prints one line a minute (requests, errors, p50/p99 ms, dropped = not sent because 256 were
 * already in flight) and a final line "RESULT ...".
 */
public class PortalLoad {

    static final HttpClient HTTP = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(5))
            .followRedirects(HttpClient.Redirect.NEVER)
            .executor(Executors.newVirtualThreadPerTaskExecutor())
            .build();
    static final Pattern LINK = Pattern.compile("href=\"(/[^\"#?]*)\"");
    static final AtomicLong requests = new AtomicLong();
    static final AtomicLong errors = new AtomicLong();
    static final AtomicLong dropped = new AtomicLong();
    static final ConcurrentLinkedQueue<Long> micros = new ConcurrentLinkedQueue<>();
    static final ConcurrentLinkedQueue<String> errorSamples = new ConcurrentLinkedQueue<>();

    public static void main(String[] args) throws Exception {
        String mode = args[0];
        String base = args[1];
        if (!URI.create(base).getHost().equals("127.0.0.1")) {
            throw new IllegalArgumentException("loopback only");
        }
        List<String> pages = pages(base, args[2]);
        System.out.println("pages: " + pages.size() + " " + pages);
        long seconds = Long.parseLong(args[3]);
        long end = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
        List<Long> all = new ArrayList<>();
        long totalRequests = 0, totalErrors = 0;
        long started = System.nanoTime();
        if (mode.equals("capacity")) {
            int concurrency = Integer.parseInt(args[4]);
            List<Thread> threads = new ArrayList<>();
            for (int i = 0; i < concurrency; i++) {
                threads.add(Thread.ofVirtual().start(() -> {
                    while (System.nanoTime() < end) {
                        one(base, pages);
                    }
                }));
            }
            for (Thread t : threads) t.join();
        } else {
            double rate = Double.parseDouble(args[4]);
            Semaphore inFlight = new Semaphore(256);
            long intervalNanos = (long) (1_000_000_000L / rate);
            long next = System.nanoTime();
            long minute = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            int minuteNo = 0;
            while (System.nanoTime() < end) {
                long now = System.nanoTime();
                if (now < next) {
                    long wait = next - now;
                    Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
                    continue;
                }
                next += intervalNanos;
                if (!inFlight.tryAcquire()) {
                    dropped.incrementAndGet();
                } else {
                    Thread.ofVirtual().start(() -> {
                        try {
                            one(base, pages);
                        } finally {
                            inFlight.release();
                        }
                    });
                }
                if (now >= minute) {
                    minute += Duration.ofSeconds(60).toNanos();
                    minuteNo++;
                    List<Long> m = drain();
                    all.addAll(m);
                    long r = requests.getAndSet(0), e = errors.getAndSet(0);
                    totalRequests += r;
                    totalErrors += e;
                    System.out.printf("minute %d: %d requests (%.0f/s), %d errors, p50 %.1f ms, p99 %.1f ms, dropped %d%n",
                            minuteNo, r, r / 60.0, e, pct(m, 50), pct(m, 99), dropped.get());
                }
            }
            Thread.sleep(5_000);
        }
        List<Long> m = drain();
        all.addAll(m);
        totalRequests += requests.get();
        totalErrors += errors.get();
        double secs = (System.nanoTime() - started) / 1e9;
        System.out.printf("RESULT mode=%s requests=%d errors=%d rate=%.1f/s p50=%.1fms p99=%.1fms dropped=%d%n",
                mode, totalRequests, totalErrors, totalRequests / secs, pct(all, 50), pct(all, 99), dropped.get());
        errorSamples.stream().limit(10).forEach(s -> System.out.println("error: " + s));
    }

    static List<Long> drain() {
        List<Long> out = new ArrayList<>();
        for (Long v; (v = micros.poll()) != null; ) out.add(v);
        return out;
    }

    static double pct(List<Long> values, int p) {
        if (values.isEmpty()) return 0;
        long[] a = values.stream().mapToLong(Long::longValue).toArray();
        Arrays.sort(a);
        return a[Math.min(a.length - 1, (int) Math.ceil(p / 100.0 * a.length) - 1)] / 1000.0;
    }

    static void one(String base, List<String> pages) {
        String path = pages.get(ThreadLocalRandom.current().nextInt(pages.size()));
        long t0 = System.nanoTime();
        try {
            var response = HTTP.send(
                    HttpRequest.newBuilder(URI.create(base + path))
                            .timeout(Duration.ofSeconds(30))
                            .header("Accept-Encoding", "gzip")
                            .build(),
                    HttpResponse.BodyHandlers.discarding());
            if (response.statusCode() >= 400) {
                errors.incrementAndGet();
                if (errorSamples.size() < 50) errorSamples.add(response.statusCode() + " " + path);
            }
        } catch (Exception e) {
            errors.incrementAndGet();
            if (errorSamples.size() < 50) errorSamples.add(e + " " + path);
        }
        micros.add((System.nanoTime() - t0) / 1000);
        requests.incrementAndGet();
    }

    /** The front page, the council page and up to 40 public pages they link to that answer 200. */
    static List<String> pages(String base, String slug) throws Exception {
        Set<String> candidates = new LinkedHashSet<>(List.of("/", "/" + slug));
        for (String start : List.of("/", "/" + slug)) {
            String html = HTTP.send(HttpRequest.newBuilder(URI.create(base + start)).build(),
                            HttpResponse.BodyHandlers.ofString()).body();
            var m = LINK.matcher(html);
            while (m.find()) {
                String p = m.group(1);
                if (p.startsWith("/" + slug) && !p.startsWith("/app") && !p.contains("/dang-nhap")
                        && !p.endsWith(".zip") && !p.endsWith(".pdf") && !p.startsWith("/static")) {
                    candidates.add(p);
                }
            }
        }
        List<String> ok = new ArrayList<>();
        for (String p : candidates) {
            if (ok.size() >= 40) break;
            var r = HTTP.send(HttpRequest.newBuilder(URI.create(base + p)).build(), HttpResponse.BodyHandlers.discarding());
            if (r.statusCode() == 200) ok.add(p);
        }
        return ok;
    }
}
