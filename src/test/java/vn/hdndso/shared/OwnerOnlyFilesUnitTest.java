package vn.hdndso.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Secrets are written owner-only, whole, and without leftovers; {@code create} keeps the first file. */
class OwnerOnlyFilesUnitTest {

    @TempDir
    Path dir;

    @Test
    void aWrittenFileIsOwnerOnlyWholeAndReplaced() throws IOException {
        Path file = dir.resolve("keys").resolve("secret.properties");
        OwnerOnlyFiles.write(file, "a=1\n".getBytes(StandardCharsets.UTF_8));
        OwnerOnlyFiles.write(file, "a=2\n".getBytes(StandardCharsets.UTF_8));

        assertThat(Files.readString(file)).isEqualTo("a=2\n");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
                .isEqualTo("rw-------");
        try (var left = Files.list(file.getParent())) {
            assertThat(left).containsExactly(file);
        }
    }

    @Test
    void createKeepsTheFileThatIsAlreadyThere() throws IOException {
        Path file = dir.resolve("rate-limits.key");
        assertThat(OwnerOnlyFiles.create(file, "first".getBytes(StandardCharsets.UTF_8)))
                .isTrue();
        assertThat(OwnerOnlyFiles.create(file, "second".getBytes(StandardCharsets.UTF_8)))
                .isFalse();

        assertThat(Files.readString(file)).isEqualTo("first");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
                .isEqualTo("rw-------");
        try (var left = Files.list(dir)) {
            assertThat(left).containsExactly(file);
        }
    }

    @Test
    void restrictClosesAFileOthersCouldRead() throws IOException {
        Path file = Files.writeString(dir.resolve("old.properties"), "x");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
        OwnerOnlyFiles.restrict(file);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
                .isEqualTo("rw-------");
    }
}
