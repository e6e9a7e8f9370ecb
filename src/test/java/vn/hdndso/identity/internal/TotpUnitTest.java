package vn.hdndso.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TotpUnitTest {

    private static final byte[] RFC_SEED = "12345678901234567890".getBytes(StandardCharsets.US_ASCII);
    private static final String RFC_SEED_BASE32 = Base32.encode(RFC_SEED);

    /** RFC 6238 Appendix B, the SHA1 column (8 digits), for times in seconds since the epoch. */
    @ParameterizedTest
    @CsvSource({
        "59,          94287082",
        "1111111109,  07081804",
        "1111111111,  14050471",
        "1234567890,  89005924",
        "2000000000,  69279037",
        "20000000000, 65353130"
    })
    void producesTheRfc6238TestVectors(long time, String expected) {
        long step = Totp.step(Instant.ofEpochSecond(time));

        assertThat(Totp.code(RFC_SEED, step, 8, "HmacSHA1")).isEqualTo(expected);
        assertThat(Totp.code(RFC_SEED, step, 6, "HmacSHA1")).isEqualTo(expected.substring(2));
    }

    @Test
    void acceptsTheCodeOfTheCurrentStepAndOneStepEitherSide() {
        Instant now = Instant.ofEpochSecond(1111111111);
        long step = Totp.step(now);

        assertThat(Totp.matchingStep(RFC_SEED_BASE32, "050471", now, 0)).hasValue(step);
        assertThat(Totp.matchingStep(RFC_SEED_BASE32, code(step - 1), now, 0)).hasValue(step - 1);
        assertThat(Totp.matchingStep(RFC_SEED_BASE32, code(step + 1), now, 0)).hasValue(step + 1);
    }

    @Test
    void refusesCodesTwoStepsAwayMalformedCodesAndWrongCodes() {
        Instant now = Instant.ofEpochSecond(1111111111);
        long step = Totp.step(now);

        assertThat(Totp.matchingStep(RFC_SEED_BASE32, code(step - 2), now, 0)).isEmpty();
        assertThat(Totp.matchingStep(RFC_SEED_BASE32, code(step + 2), now, 0)).isEmpty();
        assertThat(Totp.matchingStep(RFC_SEED_BASE32, "05047", now, 0)).isEmpty();
        assertThat(Totp.matchingStep(RFC_SEED_BASE32, "abcdef", now, 0)).isEmpty();
        assertThat(Totp.matchingStep(RFC_SEED_BASE32, null, now, 0)).isEmpty();
        assertThat(Totp.matchingStep(RFC_SEED_BASE32, "123456", now, 0)).isEmpty();
    }

    @Test
    void acceptsACodeOnlyOnce() {
        Instant now = Instant.ofEpochSecond(1111111111);
        long step = Totp.step(now);

        assertThat(Totp.matchingStep(RFC_SEED_BASE32, "050471", now, step)).isEmpty();
        assertThat(Totp.matchingStep(RFC_SEED_BASE32, code(step + 1), now, step))
                .hasValue(step + 1);
    }

    @Test
    void toleratesSpacesInsideTheTypedCode() {
        Instant now = Instant.ofEpochSecond(1111111111);

        assertThat(Totp.matchingStep(RFC_SEED_BASE32, "050 471", now, 0)).isPresent();
    }

    @Test
    void newSecretsAre160BitBase32() {
        String secret = Totp.newSecret();

        assertThat(secret).matches("[A-Z2-7]{32}");
        assertThat(Base32.decode(secret)).hasSize(20);
        assertThat(Totp.newSecret()).isNotEqualTo(secret);
    }

    @Test
    void base32RoundTripsAndMatchesRfc4648() {
        assertThat(Base32.encode("foobar".getBytes(StandardCharsets.US_ASCII))).isEqualTo("MZXW6YTBOI");
        assertThat(Base32.decode("mzxw6ytboi======"))
                .asString(StandardCharsets.US_ASCII)
                .isEqualTo("foobar");
        assertThat(RFC_SEED_BASE32).isEqualTo("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ");
        assertThatThrownBy(() -> Base32.decode("ABC1")).isInstanceOf(IllegalArgumentException.class);
    }

    private static String code(long step) {
        return Totp.code(RFC_SEED, step, 6, "HmacSHA1");
    }
}
