package vn.hdndso.documents.signatures;

import java.nio.file.Path;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of signature validation.
 *
 * @param trustDir a directory of trusted CA certificates, PEM or DER, one or more per file ({@code
 *     HDND_TRUST_DIR}, default {@code HDND_DATA_DIR/trust}); read at every validation
 * @param onlineRevocation whether OCSP responders and CRL distribution points (and AIA issuers)
 *     are fetched over the network; off by default, then revocation is known only from data
 *     embedded in the signature
 * @param acceptUncheckedRevocation whether a signature whose revocation status could not be
 *     checked may still be {@code VALID} when everything else is; off by default (fail closed)
 */
@ConfigurationProperties("hdnd.signatures")
public record SignaturesProperties(
        @Nullable Path trustDir, boolean onlineRevocation, boolean acceptUncheckedRevocation) {

    public SignaturesProperties {
        if (trustDir == null) {
            trustDir = Path.of("data", "trust");
        }
        trustDir = trustDir.toAbsolutePath().normalize();
    }

    @Override
    public Path trustDir() {
        return java.util.Objects.requireNonNull(trustDir);
    }
}
