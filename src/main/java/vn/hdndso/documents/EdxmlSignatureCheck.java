package vn.hdndso.documents;

import java.security.cert.X509Certificate;
import org.jspecify.annotations.Nullable;

/**
 * What an edXML package's own signature (XML-DSig) says: its integrity is proved or not; the
 * certificate is not checked against a trust list (see {@code docs/edxml.md}).
 *
 * @param signerName the CN of the certificate in {@code KeyInfo}, if any
 */
public record EdxmlSignatureCheck(
        Outcome outcome,
        @Nullable String signerName,
        @Nullable X509Certificate certificate) {

    public enum Outcome {
        /** The package carries no signature element. */
        ABSENT,
        /** The signature matches the package as received. */
        VALID,
        /** The package was changed after signing, or the signature is malformed. */
        INVALID
    }
}
