package vn.hdndso.webhooks.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.hdndso.shared.CouncilId;
import vn.hdndso.webhooks.TargetPolicy;
import vn.hdndso.webhooks.WebhookEvent;

/**
 * A webhook target whose name answers a public address to the check and the machine's own address
 * right after (DNS rebinding) gets nothing sent to the machine: the connection goes only to an
 * address the check of that moment accepted. A local server stands for the internal service.
 */
class DnsRebindingUnitTest {

    private HttpServer internal;
    private final AtomicInteger received = new AtomicInteger();

    @BeforeEach
    void start() throws Exception {
        internal = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        internal.createContext("/", exchange -> {
            received.incrementAndGet();
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        internal.start();
    }

    @AfterEach
    void stop() {
        internal.stop(0);
    }

    /** Public (TEST-NET-3 looks public to the check) the first time, then loopback. */
    private static TargetPolicy.Resolver rebinding() {
        var asked = new AtomicInteger();
        return host -> {
            if (asked.getAndIncrement() == 0) {
                return new InetAddress[] {InetAddress.getByAddress(host, new byte[] {(byte) 203, 0, (byte) 113, 7})};
            }
            return new InetAddress[] {InetAddress.getByAddress(host, new byte[] {127, 0, 0, 1})};
        };
    }

    @Test
    void a_name_rebound_to_the_machine_after_the_check_receives_nothing() throws UnknownHostException {
        var properties = new WebhooksProperties(
                false, Duration.ofSeconds(2), Duration.ofSeconds(2), 0, null, null, null, null, 0, null, null);
        var sender = new WebhookSender(properties, new TargetPolicy(false), rebinding(), Clock.systemUTC());
        var delivery = new DeliveryRepository.Claimed(
                UUID.randomUUID(),
                new CouncilId(UUID.randomUUID()),
                UUID.randomUUID(),
                "http://localhost:" + internal.getAddress().getPort() + "/hook",
                "sealed",
                WebhookEvent.values()[0],
                "{}",
                0,
                Instant.now(),
                false);

        WebhookSender.Result result = sender.send(delivery, "0123456789abcdef-secret");

        assertThat(received).hasValue(0);
        assertThat(result.delivered()).isFalse();
        assertThat(result.error()).contains("webhooks.url.private");
    }
}
