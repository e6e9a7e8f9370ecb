package vn.hdndso.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FirstPasswordFileUnitTest {

    @TempDir
    Path dataDir;

    @Test
    void the_generated_password_is_in_a_file_only_its_owner_reads() throws IOException {
        var file = new FirstPasswordFile(dataDir);
        String password = FirstAdministrator.generatePassword();

        file.write("admin", password);

        Path written = dataDir.resolve(FirstPasswordFile.NAME);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(written)))
                .isEqualTo("rw-------");
        assertThat(Files.readString(written)).contains("username=admin\n", "password=" + password + "\n");
        assertThat(password).hasSize(20);
        assertThat(file.remove()).isTrue();
        assertThat(written).doesNotExist();
        assertThat(file.remove()).isFalse();
    }
}
