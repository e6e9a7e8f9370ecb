package vn.hdndso.notifications.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.hdndso.shared.PinnedAddresses;

/**
 * The push sender connects only to the addresses its endpoint's name resolved to when they were
 * checked: a push endpoint whose name passed the check when the browser subscribed and now
 * resolves to the server itself (DNS rebinding) gets nothing. A local server stands for the
 * internal service; the same server is reached when private addresses are allowed (tests).
 */
class PushPinningUnitTest {

    private HttpServer internal;
    private final AtomicInteger received = new AtomicInteger();

    @BeforeEach
    void start() throws Exception {
        internal = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        internal.createContext("/", exchange -> {
            received.incrementAndGet();
            exchange.getResponseHeaders().add("Location", "/message/1");
            exchange.sendResponseHeaders(201, -1);
            exchange.close();
        });
        internal.start();
    }

    @AfterEach
    void stop() {
        internal.stop(0);
    }

    /** Public (TEST-NET-3 looks public to the check) the first time, then loopback. */
    private static PinnedAddresses.Lookup rebinding() {
        var asked = new AtomicInteger();
        return host -> asked.getAndIncrement() == 0
                ? new InetAddress[] {InetAddress.getByAddress(host, new byte[] {(byte) 203, 0, (byte) 113, 7})}
                : new InetAddress[] {InetAddress.getByAddress(host, new byte[] {127, 0, 0, 1})};
    }

    private URI endpoint() {
        return URI.create("http://push.example:" + internal.getAddress().getPort() + "/push/abc");
    }

    @Test
    void anEndpointRenamedIntoThePrivateNetworkReceivesNothing() throws Exception {
        // the subscription was vetted once (the first answer); the sender resolves again
        PinnedAddresses.Lookup lookup = rebinding();
        lookup.resolve("push.example");
        try (var sender = new PushSender(new PinnedAddresses(lookup, false), Duration.ofSeconds(2))) {
            assertThatThrownBy(() -> sender.post(endpoint(), Map.of("TTL", "60"), "x".getBytes(StandardCharsets.UTF_8)))
                    .isInstanceOf(PinnedAddresses.NonPublicAddressException.class);
        }
        assertThat(received).hasValue(0);
    }

    @Test
    void aLocalPushServiceIsReachedWhenPrivateAddressesAreAllowed() throws Exception {
        PinnedAddresses.Lookup loopback =
                host -> new InetAddress[] {InetAddress.getByAddress(host, new byte[] {127, 0, 0, 1})};
        try (var sender = new PushSender(new PinnedAddresses(loopback, true), Duration.ofSeconds(2))) {
            PushSender.Answer answer =
                    sender.post(endpoint(), Map.of("TTL", "60"), "x".getBytes(StandardCharsets.UTF_8));
            assertThat(answer.status()).isEqualTo(201);
            assertThat(answer.location()).isEqualTo("/message/1");
        }
        assertThat(received).hasValue(1);
    }
}
