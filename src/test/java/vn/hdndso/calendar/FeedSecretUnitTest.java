package vn.hdndso.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class FeedSecretUnitTest {

    @Test
    void aTokenIsFortyThreeUrlSafeCharactersAndNeverRepeats() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 200; i++) {
            String token = FeedSecret.generate();
            assertThat(token).hasSize(43).matches("[A-Za-z0-9_-]+");
            assertThat(FeedSecret.wellFormed(token)).isTrue();
            assertThat(seen.add(token)).isTrue();
        }
    }

    @Test
    void onlyTheHashIsKeptAndItIsTheSha256OfTheToken() {
        // SHA-256("abc")
        assertThat(FeedSecret.hash("abc"))
                .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
        String token = FeedSecret.generate();
        assertThat(FeedSecret.hash(token)).hasSize(64).isNotEqualTo(token).isEqualTo(FeedSecret.hash(token));
    }

    @Test
    void anythingElseIsNotAToken() {
        assertThat(FeedSecret.wellFormed("")).isFalse();
        assertThat(FeedSecret.wellFormed("short")).isFalse();
        assertThat(FeedSecret.wellFormed("a".repeat(44))).isFalse();
        assertThat(FeedSecret.wellFormed("a".repeat(42) + "/")).isFalse();
        assertThat(FeedSecret.wellFormed("a".repeat(42) + "%")).isFalse();
        assertThat(FeedSecret.wellFormed("../../etc/passwd" + "a".repeat(27))).isFalse();
    }
}
