package vn.hdndso.webhooks;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;

/**
 * Another agency's system at the edge of the world: a real HTTP server on 127.0.0.1 that records
 * every POST (headers and exact body bytes) and answers with the next status of its script (the
 * last one repeats), or never answers within {@code hang}.
 */
final class Receiver implements AutoCloseable {

    /** One request as received. */
    record Received(Instant at, Map<String, List<String>> headers, byte[] body) {
        String header(String name) {
            return headers.entrySet().stream()
                    .filter(e -> e.getKey().equalsIgnoreCase(name))
                    .map(e -> e.getValue().getFirst())
                    .findFirst()
                    .orElse(null);
        }

        String text() {
            return new String(body, StandardCharsets.UTF_8);
        }
    }

    private final HttpServer server;
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final List<Integer> script;
    private final AtomicInteger answered = new AtomicInteger();

    private Receiver(List<Integer> script, Duration hang) {
        this.script = List.copyOf(script);
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.setExecutor(Executors.newCachedThreadPool());
        server.createContext("/hook", exchange -> {
            byte[] body = exchange.getRequestBody().readAllBytes();
            received.add(new Received(Instant.now(), Map.copyOf(exchange.getRequestHeaders()), body));
            if (!hang.isZero()) {
                try {
                    Thread.sleep(hang);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            int n = answered.getAndIncrement();
            int status = this.script.get(Math.min(n, this.script.size() - 1));
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
        });
        server.start();
    }

    /** Answers with these statuses in turn, the last one from then on. */
    static Receiver answering(Integer... statuses) {
        return new Receiver(List.of(statuses), Duration.ZERO);
    }

    /** Takes every request and answers only after {@code hang}. */
    static Receiver hanging(Duration hang) {
        return new Receiver(List.of(200), hang);
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/hook";
    }

    List<Received> received() {
        return List.copyOf(received);
    }

    /** The requests whose body matches, waiting up to {@code timeout} until there are {@code count}. */
    List<Received> await(int count, Duration timeout, Predicate<Received> which) {
        Instant end = Instant.now().plus(timeout);
        while (Instant.now().isBefore(end)) {
            List<Received> matching = received.stream().filter(which).toList();
            if (matching.size() >= count) {
                return matching;
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        return received.stream().filter(which).toList();
    }

    Optional<Received> first(Predicate<Received> which) {
        return received.stream().filter(which).findFirst();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
