package vn.hdndso.support.fuzz;

import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * A bounded fuzzing run: every input of a committed corpus ({@code src/test/resources/fuzz/<name>/}),
 * then mutations of them ({@link Mutator}) until the time budget is spent. The target must either
 * succeed or refuse the input with an expected exception (a clear, user-facing refusal); any other
 * exception is a crash and an input that takes longer than the hang limit is a hang. Both fail the
 * test, and the input is saved under {@code target/fuzz-findings/<name>/} to become a corpus file.
 *
 * <p>Settings: {@code -Dfuzz.seconds} (budget per target, default 6 s in the build; bench/fuzz.sh
 * runs longer), {@code -Dfuzz.seed} (default fixed, so the build is reproducible), {@code
 * -Dfuzz.hang-seconds} (default 10 s).
 */
public final class FuzzRun {

    /** A fuzz target: gets one input. */
    @FunctionalInterface
    public interface Target {
        void accept(byte[] input) throws Exception;
    }

    /** What one run did, for the log and docs/reliability.md. */
    public record Result(String name, int corpus, long executions, long refusals) {}

    private final String name;
    private final Target target;
    private final Predicate<Throwable> expected;
    private int maxLength = 1 << 20;

    private FuzzRun(String name, Target target, Predicate<Throwable> expected) {
        this.name = name;
        this.target = target;
        this.expected = expected;
    }

    public static FuzzRun of(String name, Target target, Predicate<Throwable> expectedRefusal) {
        return new FuzzRun(name, target, expectedRefusal);
    }

    public FuzzRun maxLength(int bytes) {
        this.maxLength = bytes;
        return this;
    }

    public static List<byte[]> corpus(String name) {
        Path directory = Path.of("src/test/resources/fuzz", name);
        try (Stream<Path> files = Files.list(directory)) {
            List<byte[]> inputs = new ArrayList<>();
            for (Path file : files.sorted().toList()) {
                inputs.add(Files.readAllBytes(file));
            }
            if (inputs.isEmpty()) {
                throw new IllegalStateException("empty corpus " + directory);
            }
            return inputs;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Result run() {
        List<byte[]> corpus = corpus(name);
        long seed = Long.getLong("fuzz.seed", 20261207L);
        Duration budget =
                Duration.ofMillis((long) (Double.parseDouble(System.getProperty("fuzz.seconds", "6")) * 1000));
        Duration hang = Duration.ofSeconds(Long.getLong("fuzz.hang-seconds", 10));
        var mutator = new Mutator(seed ^ name.hashCode(), maxLength);
        ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
            Thread thread = new Thread(r, "fuzz-" + name);
            thread.setDaemon(true);
            return thread;
        });
        long executions = 0;
        long refusals = 0;
        try {
            long deadline = System.nanoTime() + budget.toNanos();
            int next = 0;
            while (next < corpus.size() || System.nanoTime() < deadline) {
                byte[] input = next < corpus.size() ? corpus.get(next++) : mutator.mutate(corpus);
                executions++;
                if (once(worker, input, hang, seed)) {
                    refusals++;
                }
            }
        } finally {
            worker.shutdownNow();
        }
        var result = new Result(name, corpus.size(), executions, refusals);
        System.out.printf(
                "fuzz %s: %d corpus inputs, %d executions (%d refused as expected), seed %d, 0 crashes, 0 hangs%n",
                name, corpus.size(), executions, refusals, seed);
        return result;
    }

    /** True when the target refused the input as expected. */
    private boolean once(ExecutorService worker, byte[] input, Duration hang, long seed) {
        Future<?> call = worker.submit(() -> {
            target.accept(input);
            return null;
        });
        try {
            call.get(hang.toMillis(), TimeUnit.MILLISECONDS);
            return false;
        } catch (TimeoutException e) {
            call.cancel(true);
            Path saved = save(input, "hang");
            fail("fuzz %s: no answer within %s for the input saved as %s (seed %d)", name, hang, saved, seed);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (expected.test(cause)) {
                return true;
            }
            Path saved = save(input, "crash");
            var trace = new StringWriter();
            cause.printStackTrace(new PrintWriter(trace));
            fail("fuzz %s: %s for the input saved as %s (seed %d)%n%s", name, cause, saved, seed, trace);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            fail("interrupted");
        }
        return false;
    }

    private Path save(byte[] input, String kind) {
        try {
            Path directory = Path.of("target/fuzz-findings", name);
            Files.createDirectories(directory);
            String digest = HexFormat.of()
                    .formatHex(
                            java.security.MessageDigest.getInstance("SHA-256").digest(input))
                    .substring(0, 16);
            return Files.write(directory.resolve(kind + "-" + digest), input);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
