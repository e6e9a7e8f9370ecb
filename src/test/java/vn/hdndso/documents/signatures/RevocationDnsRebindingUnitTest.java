package vn.hdndso.documents.signatures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.hdndso.shared.PinnedAddresses;

/**
 * A revocation address whose name answers a public address to the check and the machine's own
 * right after (DNS rebinding) is not fetched from the machine: the loader connects only to the
 * addresses it checked when connecting.
 */
class RevocationDnsRebindingUnitTest {

    private HttpServer internal;
    private final AtomicInteger calls = new AtomicInteger();

    @BeforeEach
    void start() throws Exception {
        internal = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        internal.createContext("/", exchange -> {
            calls.incrementAndGet();
            byte[] body = "internal secret".getBytes(StandardCharsets.UTF_8);
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

    private static PinnedAddresses.Lookup rebinding() {
        var asked = new AtomicInteger();
        return host -> asked.getAndIncrement() == 0
                ? new InetAddress[] {InetAddress.getByAddress(host, new byte[] {(byte) 203, 0, (byte) 113, 7})}
                : new InetAddress[] {InetAddress.getByAddress(host, new byte[] {127, 0, 0, 1})};
    }

    @Test
    void a_name_rebound_to_the_machine_after_the_check_is_not_fetched() {
        PinnedAddresses.Lookup lookup = rebinding();
        var commons = new PinnedCommonsDataLoader(new PinnedAddresses(lookup, false));
        commons.setRedirectsEnabled(false);
        commons.setTimeoutConnection(2_000);
        var loader = new PublicAddressDataLoader(commons, false, lookup::resolve);

        assertThatThrownBy(() ->
                        loader.get("http://localhost:" + internal.getAddress().getPort() + "/ca.crl"))
                .isInstanceOf(RuntimeException.class);
        assertThat(calls).hasValue(0);
    }

    @Test
    void a_public_name_is_connected_to_the_address_that_was_checked() throws Exception {
        // allowed private (a closed network): the one resolution is still what is connected to
        var commons = new PinnedCommonsDataLoader(new PinnedAddresses(
                host -> new InetAddress[] {InetAddress.getByAddress(host, new byte[] {127, 0, 0, 1})}, true));
        commons.setRedirectsEnabled(false);
        byte[] data =
                commons.get("http://crl.example.vn:" + internal.getAddress().getPort() + "/ca.crl");
        assertThat(new String(data, StandardCharsets.UTF_8)).isEqualTo("internal secret");
        assertThat(calls).hasValue(1);
    }
}
