package vn.hdndso.shared.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

class ClientAddressFilterUnitTest {

    private final TrustedProxies proxies = TrustedProxies.of(List.of("10.0.0.5", "172.16.0.0/12", "2001:db8::/32"));

    @Test
    void aClientTalkingStraightToTheServerCannotChooseItsAddress() throws Exception {
        var request = request("203.0.113.9");
        request.addHeader("X-Forwarded-For", "198.51.100.1");
        request.addHeader("Forwarded", "for=198.51.100.2;proto=https");
        request.addHeader("X-Forwarded-Proto", "https");

        HttpServletRequest seen = filter(request);

        assertThat(seen.getRemoteAddr()).isEqualTo("203.0.113.9");
        assertThat(seen.getHeader("X-Forwarded-For")).isNull();
        assertThat(seen.getHeader("Forwarded")).isNull();
        assertThat(seen.getHeader("X-Forwarded-Proto")).as("nor its scheme").isNull();
        assertThat(seen.getHeaders("X-Forwarded-For").hasMoreElements()).isFalse();
        assertThat(java.util.Collections.list(seen.getHeaderNames())).doesNotContain("X-Forwarded-For");
    }

    @Test
    void behindATrustedProxyTheAddressItAppendedIsTheClientNotWhatTheClientWroteBeforeIt() throws Exception {
        var request = request("10.0.0.5");
        // the client sent "X-Forwarded-For: 198.51.100.1"; the proxy appended the real address
        request.addHeader("X-Forwarded-For", "198.51.100.1, 203.0.113.9");
        request.addHeader("X-Forwarded-Proto", "https");

        HttpServletRequest seen = filter(request);

        assertThat(seen.getRemoteAddr()).isEqualTo("203.0.113.9");
        assertThat(seen.getHeader("X-Forwarded-For")).isEqualTo("203.0.113.9");
        assertThat(seen.getHeader("X-Forwarded-Proto")).isEqualTo("https");
    }

    @Test
    void trustedProxiesInAChainAreSkippedFromTheRight() throws Exception {
        var request = request("10.0.0.5");
        request.addHeader("X-Forwarded-For", "198.51.100.1, 203.0.113.9, 172.20.1.1");

        assertThat(filter(request).getRemoteAddr()).isEqualTo("203.0.113.9");
    }

    @Test
    void theStandardForwardedHeaderFromATrustedProxyWithIpv6AndPorts() throws Exception {
        var request = request("2001:db8::7");
        request.addHeader("Forwarded", "for=198.51.100.1, for=\"[2001:db9::1]:4711\";proto=https;host=hdnd.example");

        HttpServletRequest seen = filter(request);

        assertThat(seen.getRemoteAddr()).isEqualTo("2001:db9::1");
        assertThat(seen.getHeader("Forwarded"))
                .contains("proto=https")
                .contains("host=hdnd.example")
                .doesNotContain("198.51.100.1");
    }

    @Test
    void aProxyWithoutHeadersOrWithGarbageIsItsOwnClient() throws Exception {
        assertThat(filter(request("10.0.0.5")).getRemoteAddr()).isEqualTo("10.0.0.5");
        var garbage = request("10.0.0.5");
        garbage.addHeader("X-Forwarded-For", "evil.example.com");
        assertThat(filter(garbage).getRemoteAddr()).isEqualTo("10.0.0.5");
    }

    @Test
    void withoutConfiguredProxiesEveryForwardedHeaderIsIgnored() throws Exception {
        var request = request("127.0.0.1");
        request.addHeader("X-Forwarded-For", "198.51.100.1");

        HttpServletRequest seen = filter(new ClientAddressFilter(TrustedProxies.of(List.of())), request);

        assertThat(seen.getRemoteAddr()).isEqualTo("127.0.0.1");
    }

    @Test
    void cidrBlocksMatchByPrefixAndBadEntriesFailStartUp() {
        assertThat(proxies.trusts("172.31.255.255")).isTrue();
        assertThat(proxies.trusts("172.32.0.1")).isFalse();
        assertThat(proxies.trusts("10.0.0.6")).isFalse();
        assertThat(proxies.trusts("not-an-address")).isFalse();
        assertThatThrownBy(() -> TrustedProxies.of(List.of("proxy.example")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> TrustedProxies.of(List.of("10.0.0.0/33")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static MockHttpServletRequest request(String peer) {
        var request = new MockHttpServletRequest("POST", "/login");
        request.setRemoteAddr(peer);
        return request;
    }

    private HttpServletRequest filter(MockHttpServletRequest request) throws Exception {
        return filter(new ClientAddressFilter(proxies), request);
    }

    private static HttpServletRequest filter(ClientAddressFilter filter, MockHttpServletRequest request)
            throws Exception {
        var seen = new AtomicReference<HttpServletRequest>();
        filter.doFilter(request, new MockHttpServletResponse(), (req, res) -> seen.set((HttpServletRequest) req));
        return seen.get();
    }
}
