package vn.hdndso.documents.signatures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import eu.europa.esig.dss.service.http.commons.CommonsDataLoader;
import eu.europa.esig.dss.spi.exception.DSSExternalResourceException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Revocation addresses named in an uploaded certificate are fetched only when public: a local
 * server standing in for an internal service receives nothing.
 */
class PublicAddressDataLoaderUnitTest {

    private HttpServer internal;
    private final AtomicInteger calls = new AtomicInteger();
    private String base = "";

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
        base = "http://127.0.0.1:" + internal.getAddress().getPort();
    }

    @AfterEach
    void stop() {
        internal.stop(0);
    }

    private static PublicAddressDataLoader loader(boolean allowPrivate, PublicAddressDataLoader.Resolver resolver) {
        var commons = new CommonsDataLoader();
        commons.setRedirectsEnabled(false);
        return new PublicAddressDataLoader(commons, allowPrivate, resolver);
    }

    @Test
    void refuses_internal_addresses_before_connecting() {
        var loader = loader(false, InetAddress::getAllByName);
        assertThatThrownBy(() -> loader.get(base + "/crl")).isInstanceOf(DSSExternalResourceException.class);
        assertThatThrownBy(() -> loader.post(base + "/ocsp", new byte[] {1}))
                .isInstanceOf(DSSExternalResourceException.class);
        assertThatThrownBy(() -> loader.get(List.of(base + "/a", base + "/b")))
                .isInstanceOf(DSSExternalResourceException.class);
        assertThat(calls).hasValue(0);
    }

    @Test
    void a_public_looking_name_that_resolves_inside_is_refused_too() {
        var loader = loader(false, host -> new InetAddress[] {InetAddress.getByName("127.0.0.1")});
        int port = internal.getAddress().getPort();
        assertThatThrownBy(() -> loader.get("http://crl.example.vn:" + port + "/ca.crl"))
                .isInstanceOf(DSSExternalResourceException.class);
        assertThat(calls).hasValue(0);
    }

    @Test
    void names_what_it_refuses() {
        var loader = loader(false, InetAddress::getAllByName);
        assertThat(loader.refusal("file:///etc/passwd")).isPresent();
        assertThat(loader.refusal("ldap://10.0.0.1/cn=ca")).isPresent();
        assertThat(loader.refusal("ftp://example.org/ca.crl")).isPresent();
        assertThat(loader.refusal("http://169.254.169.254/latest/meta-data/")).isPresent();
        assertThat(loader.refusal("http://[::1]/ocsp")).isPresent();
        assertThat(loader.refusal("http://[fd00::1]/ocsp")).isPresent();
        assertThat(loader.refusal("http://224.0.0.1/ocsp")).isPresent();
        assertThat(loader.refusal("http://192.168.1.1/ocsp")).isPresent();
        assertThat(loader.refusal("http://user@203.0.113.5/ocsp")).isPresent();
        var publicLoader = loader(false, host -> new InetAddress[] {InetAddress.getByName("203.0.113.5")});
        assertThat(publicLoader.refusal("http://ocsp.ca.gov.vn/")).isEmpty();
    }

    @Test
    void an_installation_on_a_closed_network_may_allow_private_addresses() {
        var loader = loader(true, InetAddress::getAllByName);
        assertThat(new String(loader.get(base + "/crl"), StandardCharsets.UTF_8))
                .isEqualTo("internal secret");
        assertThat(calls).hasValue(1);
    }
}
