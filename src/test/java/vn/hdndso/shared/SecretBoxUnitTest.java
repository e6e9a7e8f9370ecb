package vn.hdndso.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SecretBoxUnitTest {

    static SecretBox box(int seed) {
        byte[] key = new byte[32];
        key[0] = (byte) seed;
        return new SecretBox(() -> key, "a test secret");
    }

    @Test
    void aSealedSecretOpensWithItsKeyOnlyAndNeverSealsTheSameTwice() {
        SecretBox box = box(1);
        String sealed = box.seal("bí mật của Zalo");

        assertThat(sealed).startsWith("v1:").doesNotContain("bí mật");
        assertThat(box.seal("bí mật của Zalo")).as("a fresh IV each time").isNotEqualTo(sealed);
        assertThat(box.open(sealed)).isEqualTo("bí mật của Zalo");
        assertThatThrownBy(() -> box(2).open(sealed))
                .hasMessage("a test secret could not be opened (was the key changed?)");
        assertThatThrownBy(() -> box.open("plain")).hasMessage("unknown sealing of a test secret");
    }
}
