package vn.hdndso.indicators.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class CoalescerUnitTest {

    private final ScheduledExecutorService worker = Executors.newSingleThreadScheduledExecutor();
    private final List<String> done = new CopyOnWriteArrayList<>();

    @AfterEach
    void stop() {
        worker.shutdownNow();
    }

    @Test
    void aBurstOfMarksIsDoneOnceShortlyAfter() {
        var coalescer = new Coalescer<String>(worker, 50, done::add);
        long start = System.nanoTime();
        for (int ballot = 0; ballot < 500; ballot++) {
            coalescer.mark("lac-phuong");
        }
        await().atMost(Duration.ofMillis(500)).until(() -> done.size() == 1);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofMillis(500));
        await().during(Duration.ofMillis(150)).until(() -> done.size() == 1);
        assertThat(done).containsExactly("lac-phuong");
        assertThat(coalescer.pending()).isZero();
    }

    @Test
    void marksDuringTheWorkAreDoneAgainAfterIt() throws InterruptedException {
        var working = new CountDownLatch(1);
        var release = new CountDownLatch(1);
        var coalescer = new Coalescer<String>(worker, 10, key -> {
            done.add(key);
            if (done.size() == 1) {
                working.countDown();
                try {
                    release.await(2, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        });
        coalescer.mark("a");
        assertThat(working.await(2, TimeUnit.SECONDS)).isTrue();
        coalescer.mark("a");
        coalescer.mark("a");
        release.countDown();
        await().atMost(Duration.ofSeconds(1)).until(() -> done.size() == 2);
        await().during(Duration.ofMillis(100)).until(() -> done.size() == 2);
    }

    @Test
    void aFailingKeyDoesNotStopTheOthers() {
        var coalescer = new Coalescer<String>(worker, 10, key -> {
            if (key.equals("broken")) {
                throw new IllegalStateException("the source is down");
            }
            done.add(key);
        });
        coalescer.mark("broken");
        coalescer.mark("fine");
        await().atMost(Duration.ofSeconds(1)).until(() -> done.contains("fine"));
        coalescer.mark("later");
        await().atMost(Duration.ofSeconds(1)).until(() -> done.contains("later"));
    }

    @Test
    void aSteadyStreamOfMarksIsDoneAtMostOncePerInterval() throws InterruptedException {
        List<Long> started = new CopyOnWriteArrayList<>();
        var coalescer = new Coalescer<String>(
                worker,
                10,
                300,
                key -> {
                    started.add(System.nanoTime());
                    done.add(key);
                },
                System::nanoTime);
        long end = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(1200);
        while (System.nanoTime() < end) {
            coalescer.mark("cam-giang"); // a ballot every millisecond for 1.2 s
            Thread.sleep(1);
        }
        await().atMost(Duration.ofSeconds(2)).until(() -> coalescer.pending() == 0);
        await().during(Duration.ofMillis(400)).until(() -> coalescer.pending() == 0);
        // without the interval this is one run after another (hundreds); with it at most 1.2 s / 0.3 s + 1
        assertThat(done).hasSizeBetween(2, 6).containsOnly("cam-giang");
        for (int run = 1; run < started.size(); run++) {
            assertThat(started.get(run) - started.get(run - 1))
                    .as("time between run %d and run %d", run - 1, run)
                    .isGreaterThanOrEqualTo(TimeUnit.MILLISECONDS.toNanos(280));
        }
    }

    @Test
    void theIntervalIsKeptPerKey() {
        var coalescer = new Coalescer<String>(worker, 10, 60_000, done::add, System::nanoTime);
        coalescer.mark("a");
        await().atMost(Duration.ofSeconds(1)).until(() -> done.contains("a"));
        coalescer.mark("a"); // waits a minute: must not hold up b
        coalescer.mark("b");
        await().atMost(Duration.ofSeconds(1)).until(() -> done.contains("b"));
        await().during(Duration.ofMillis(200)).until(() -> done.size() == 2);
        assertThat(coalescer.pending()).as("a waits for its interval").isEqualTo(1);
    }
}
