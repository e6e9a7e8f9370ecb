package vn.hdndso.documents.signatures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.hdndso.shared.PinnedAddresses;

/**
 * The remote signing client connects to public addresses only, the ones it checked (as webhooks
 * and revocation fetching): a service name that resolves to a private or loopback address is
 * refused before anything is sent (the document's digest and the bearer key stay in), unless
 * {@code allow-private-address} says the provider is inside the installation's network.
 */
class RemoteSigningPinningUnitTest {

    private HttpServer internal;
    private final AtomicInteger received = new AtomicInteger();

    @BeforeEach
    void start() throws Exception {
        internal = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        internal.createContext("/", exchange -> {
            received.incrementAndGet();
            byte[] body = "{\"status\":\"PENDING\"}".getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        internal.start();
    }

    @AfterEach
    void stop() {
        internal.stop(0);
    }

    private SigningProperties.Remote settings(boolean allowPrivate) {
        return new SigningProperties.Remote(
                URI.create("http://ky-so.example:" + internal.getAddress().getPort() + "/api"),
                "bearer-key",
                Duration.ofSeconds(2),
                allowPrivate);
    }

    /** Public (TEST-NET-3 looks public to the check) the first time, then loopback. */
    private static PinnedAddresses.Lookup rebinding() {
        var asked = new AtomicInteger();
        return host -> asked.getAndIncrement() == 0
                ? new InetAddress[] {InetAddress.getByAddress(host, new byte[] {(byte) 203, 0, (byte) 113, 7})}
                : new InetAddress[] {InetAddress.getByAddress(host, new byte[] {127, 0, 0, 1})};
    }

    @Test
    void aServiceNameResolvingIntoThePrivateNetworkIsRefusedAndReceivesNothing() throws Exception {
        PinnedAddresses.Lookup lookup = rebinding();
        lookup.resolve("ky-so.example"); // what an operator's check saw
        var client = new HttpRemoteSigning(settings(false), lookup);

        assertThatThrownBy(() -> client.status("tx-1"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("not public");
        assertThat(received).hasValue(0);
    }

    @Test
    void aProviderInsideTheNetworkIsReachedWhenAllowed() {
        PinnedAddresses.Lookup loopback =
                host -> new InetAddress[] {InetAddress.getByAddress(host, new byte[] {127, 0, 0, 1})};
        var client = new HttpRemoteSigning(settings(true), loopback);

        assertThat(client.status("tx-1")).isInstanceOf(RemoteSigningService.RemoteSignatureStatus.Pending.class);
        assertThat(received).hasValue(1);
    }
}
