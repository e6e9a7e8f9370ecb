package vn.hdndso.documents.signatures;

import java.nio.file.Path;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the documents module.
 *
 * @param keystoreDir where each council's signing key lives as {@code <council-code>.p12}
 *     (default {@code HDND_DATA_DIR/keys})
 * @param keystorePassword {@code HDND_KEYSTORE_PASSWORD}: the password of every council's PKCS#12;
 *     when not set, each key gets a generated password stored next to it (owner-only permissions)
 * @param normativeYearInNumber whether a normative resolution's number carries the year
 *     ({@code 01/2025/NQ-HĐND}); unverified rule, so configurable (DOMAIN.md)
 */
@ConfigurationProperties("hdnd.documents")
public record DocumentsProperties(
        @Nullable Path keystoreDir,
        @Nullable String keystorePassword,
        @Nullable Boolean normativeYearInNumber) {

    public boolean yearInNormativeNumbers() {
        return normativeYearInNumber == null || normativeYearInNumber;
    }
}
