package vn.hdndso.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

/** The keyed address hash the audit trail (16 digits) and the rate limits (32 digits) share. */
class AddressHmacUnitTest {

    private static final byte[] KEY = "0123456789abcdef0123456789abcdef".getBytes(StandardCharsets.US_ASCII);

    @Test
    void theHashIsTheTruncatedHmacOfTheStrippedAddress() throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(KEY, "HmacSHA256"));
        String full = HexFormat.of().formatHex(mac.doFinal("203.0.113.7".getBytes(StandardCharsets.UTF_8)));

        assertThat(new AddressHmac(KEY, 16).of(" 203.0.113.7\n")).isEqualTo(full.substring(0, 16));
        assertThat(new AddressHmac(KEY, 32).of("203.0.113.7")).isEqualTo(full.substring(0, 32));
        assertThat(new AddressHmac(KEY, 16).of("203.0.113.8")).isNotEqualTo(full.substring(0, 16));
        assertThat(new AddressHmac(new byte[32], 16).of("203.0.113.7")).isNotEqualTo(full.substring(0, 16));
    }

    @Test
    void aLengthBeyondTheDigestIsRefused() {
        assertThatThrownBy(() -> new AddressHmac(KEY, 65)).isInstanceOf(IllegalArgumentException.class);
    }
}
