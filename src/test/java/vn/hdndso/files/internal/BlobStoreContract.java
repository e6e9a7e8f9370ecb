package vn.hdndso.files.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.NoSuchElementException;
import java.util.Random;
import org.junit.jupiter.api.Test;
import vn.hdndso.files.BlobRef;
import vn.hdndso.files.BlobStore;

/** The same assertions for every blob store. */
abstract class BlobStoreContract {

    abstract BlobStore store();

    @Test
    void namesContentByItsSha256AndGivesItBack() throws Exception {
        byte[] content = "Nghị quyết số 01/2025/NQ-HĐND".getBytes(StandardCharsets.UTF_8);

        BlobRef ref = store().put(new ByteArrayInputStream(content));

        assertThat(ref.sha256()).isEqualTo(sha256(content));
        assertThat(ref.size()).isEqualTo(content.length);
        assertThat(store().exists(ref.sha256())).isTrue();
        assertThat(store().size(ref.sha256())).hasValue(content.length);
        assertThat(store().read(ref.sha256())).isEqualTo(content);
    }

    @Test
    void storesTheSameContentOnce() {
        byte[] content = randomBytes(300_000);

        BlobRef first = store().put(new ByteArrayInputStream(content));
        BlobRef second = store().put(new ByteArrayInputStream(content));

        assertThat(second).isEqualTo(first);
        assertThat(store().read(first.sha256())).isEqualTo(content);
    }

    @Test
    void knowsNothingOfContentNeverStored() {
        String unknown = "0".repeat(64);

        assertThat(store().exists(unknown)).isFalse();
        assertThat(store().size(unknown)).isEmpty();
        assertThatThrownBy(() -> store().open(unknown)).isInstanceOf(NoSuchElementException.class);
    }

    @Test
    void refusesANameThatIsNotASha256() {
        assertThatThrownBy(() -> store().open("../../etc/passwd")).isInstanceOf(IllegalArgumentException.class);
    }

    static byte[] randomBytes(int size) {
        byte[] bytes = new byte[size];
        new Random().nextBytes(bytes);
        return bytes;
    }

    static String sha256(byte[] content) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    }

    @Test
    void opensFromAnOffset() throws Exception {
        byte[] content = randomBytes(200_000);
        BlobRef ref = store().put(new ByteArrayInputStream(content));

        try (var in = store().open(ref.sha256(), 150_000)) {
            assertThat(in.readAllBytes()).isEqualTo(java.util.Arrays.copyOfRange(content, 150_000, 200_000));
        }
        try (var in = store().open(ref.sha256(), 0)) {
            assertThat(in.readAllBytes()).isEqualTo(content);
        }
        try (var in = store().open(ref.sha256(), 200_000)) {
            assertThat(in.readAllBytes()).isEmpty();
        }
    }
}
