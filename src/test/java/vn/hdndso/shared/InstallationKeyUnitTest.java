package vn.hdndso.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InstallationKeyUnitTest {

    @TempDir
    Path dataDir;

    @Test
    void aKeyIsGeneratedOnceOwnerOnlyAndReadBackTheSame() throws Exception {
        byte[] first = InstallationKey.load(dataDir, "webhooks", null, "hdnd.webhooks.secret-key");
        byte[] again = InstallationKey.load(dataDir, "webhooks", "  ", "hdnd.webhooks.secret-key");

        assertThat(first).hasSize(32).isEqualTo(again);
        Path file = dataDir.resolve("keys/webhooks.key");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
                .isEqualTo("rw-------");
        assertThat(Base64.getDecoder().decode(Files.readString(file).strip())).isEqualTo(first);
        assertThat(InstallationKey.load(dataDir, "zalo-oa", null, "p"))
                .as("each name has its own key")
                .isNotEqualTo(first);
    }

    @Test
    void aConfiguredKeyWinsAndAWrongOneNamesItsProperty() {
        byte[] configured = new byte[32];
        configured[0] = 7;
        String base64 = Base64.getEncoder().encodeToString(configured);

        assertThat(InstallationKey.load(dataDir, "audit-address", base64, "hdnd.audit.address-key"))
                .isEqualTo(configured);
        assertThat(dataDir.resolve("keys/audit-address.key")).doesNotExist();
        assertThatThrownBy(() -> InstallationKey.load(dataDir, "audit-address", "c2hvcnQ=", "hdnd.audit.address-key"))
                .hasMessageContaining("hdnd.audit.address-key")
                .hasMessageContaining("32 bytes");
        assertThatThrownBy(
                        () -> InstallationKey.load(dataDir, "audit-address", "not base64!", "hdnd.audit.address-key"))
                .hasMessageContaining("hdnd.audit.address-key");
    }
}
