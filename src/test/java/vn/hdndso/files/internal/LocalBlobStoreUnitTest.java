package vn.hdndso.files.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.hdndso.files.BlobRef;
import vn.hdndso.files.BlobStore;

class LocalBlobStoreUnitTest extends BlobStoreContract {

    @TempDir
    Path root;

    private LocalBlobStore store;

    @BeforeEach
    void createStore() {
        store = new LocalBlobStore(root);
    }

    @Override
    BlobStore store() {
        return store;
    }

    @Test
    void keepsBlobsInTwoLevelsOfDirectoriesNamedByTheirHash() {
        BlobRef ref = store.put(new ByteArrayInputStream(new byte[] {1, 2, 3}));

        Path expected = root.resolve(ref.sha256().substring(0, 2))
                .resolve(ref.sha256().substring(2, 4))
                .resolve(ref.sha256());
        assertThat(expected).isRegularFile().hasBinaryContent(new byte[] {1, 2, 3});
    }

    @Test
    void leavesNoFileBehindWhenTheStreamBreaksOff() throws IOException {
        InputStream broken = new SequenceInputStream(new ByteArrayInputStream(randomBytes(100_000)), new InputStream() {
            @Override
            public int read() throws IOException {
                throw new IOException("connection reset");
            }
        });

        assertThatThrownBy(() -> store.put(broken)).isInstanceOf(UncheckedIOException.class);

        try (Stream<Path> files = Files.walk(root)) {
            assertThat(files.filter(Files::isRegularFile)).isEmpty();
        }
    }
}
