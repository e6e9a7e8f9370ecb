package vn.hdndso.webhooks;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TargetPolicyUnitTest {

    static final TargetPolicy STRICT = new TargetPolicy(false);
    static final TargetPolicy OPEN = new TargetPolicy(true);

    /** A fixed name table instead of DNS; literal addresses resolve as themselves. */
    static final TargetPolicy.Resolver TABLE = host -> {
        Map<String, String> names = Map.of(
                "cong.example.gov.vn", "203.113.1.10",
                "rebind.example.vn", "10.0.0.7",
                "mixed.example.vn", "203.113.1.11");
        if (host.equals("mixed.example.vn")) {
            return new InetAddress[] {InetAddress.getByName("203.113.1.11"), InetAddress.getByName("192.168.1.5")};
        }
        if (names.containsKey(host)) {
            return new InetAddress[] {InetAddress.getByName(names.get(host))};
        }
        if (host.matches("[0-9.]+|.*:.*")) {
            return new InetAddress[] {InetAddress.getByName(host)};
        }
        throw new UnknownHostException(host);
    };

    @Test
    void aPublicHttpsAddressIsAccepted() {
        assertThat(STRICT.refusal("https://cong.example.gov.vn/webhook", TABLE)).isEmpty();
        assertThat(STRICT.refusal("http://203.113.1.10:8080/hook?x=1", TABLE)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "http://127.0.0.1/hook",
                "http://127.8.9.1/hook",
                "http://localhost.localdomain.invalid.rebind/hook",
                "http://10.1.2.3/",
                "http://172.16.0.1/",
                "http://172.31.255.255/",
                "http://192.168.0.10/",
                "http://169.254.169.254/latest/meta-data",
                "http://100.64.0.1/",
                "http://100.127.255.254/",
                "http://0.0.0.0/",
                "http://[::1]/",
                "http://[fd00::1]/",
                "http://[fc00::abcd]/",
                "http://[fe80::1]/",
                "http://[::ffff:127.0.0.1]/",
                "http://[64:ff9b::a00:1]/",
                "http://224.0.0.1/",
                "http://rebind.example.vn/",
                "http://mixed.example.vn/"
            })
    void privateLoopbackLinkLocalCgnatAndUniqueLocalAddressesAreRefused(String url) {
        String expected = url.contains("localdomain") ? "webhooks.url.unresolvable" : "webhooks.url.private";
        assertThat(STRICT.refusal(url, TABLE)).as(url).contains(expected);
    }

    @Test
    void theSameAddressesAreAcceptedWhenTheInstallationAllowsPrivateTargets() {
        assertThat(OPEN.refusal("http://127.0.0.1:8089/hook", TABLE)).isEmpty();
        assertThat(OPEN.refusal("http://10.1.2.3/", TABLE)).isEmpty();
        assertThat(OPEN.refusal("http://[::1]/", TABLE)).isEmpty();
        assertThat(OPEN.refusal("http://rebind.example.vn/", TABLE)).isEmpty();
    }

    @Test
    void theShapeIsCheckedWhateverTheSetting() {
        for (TargetPolicy policy : new TargetPolicy[] {STRICT, OPEN}) {
            assertThat(policy.refusal(null, TABLE)).contains("webhooks.url.required");
            assertThat(policy.refusal("  ", TABLE)).contains("webhooks.url.required");
            assertThat(policy.refusal("ftp://cong.example.gov.vn/x", TABLE)).contains("webhooks.url.scheme");
            assertThat(policy.refusal("file:///etc/passwd", TABLE)).contains("webhooks.url.scheme");
            assertThat(policy.refusal("cong.example.gov.vn/hook", TABLE)).contains("webhooks.url.scheme");
            assertThat(policy.refusal("https://user:pw@cong.example.gov.vn/", TABLE))
                    .contains("webhooks.url.invalid");
            assertThat(policy.refusal("https://bad host/", TABLE)).contains("webhooks.url.invalid");
            assertThat(policy.refusal("https://nowhere.example.invalid/", TABLE))
                    .contains("webhooks.url.unresolvable");
            assertThat(policy.refusal("https://cong.example.gov.vn/" + "a".repeat(2001), TABLE))
                    .contains("webhooks.url.tooLong");
        }
    }

    @Test
    void publicAddressesAreNotMistakenForPrivateOnes() throws Exception {
        for (String address : new String[] {
            "100.63.255.255", "100.128.0.1", "172.15.0.1", "172.32.0.1", "8.8.8.8", "2001:4860:4860::8888", "192.0.2.1"
        }) {
            assertThat(TargetPolicy.isNonPublic(InetAddress.getByName(address)))
                    .as(address)
                    .isFalse();
        }
    }
}
