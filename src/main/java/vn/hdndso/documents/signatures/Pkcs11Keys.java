package vn.hdndso.documents.signatures;

import eu.europa.esig.dss.token.DSSPrivateKeyEntry;
import eu.europa.esig.dss.token.KSPrivateKeyEntry;
import eu.europa.esig.dss.token.Pkcs11SignatureToken;
import eu.europa.esig.dss.token.PrefilledPasswordCallback;
import java.nio.file.Files;
import java.security.KeyStore;
import java.util.List;
import java.util.Optional;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.springframework.stereotype.Component;
import vn.hdndso.councils.Council;

/**
 * People's PKCS#11 tokens (a USB token plugged into the server, an HSM), through DSS's {@link
 * Pkcs11SignatureToken} and the JDK's SunPKCS11 provider: configured per council under {@code
 * hdnd.signing.tokens} (module, slot, PIN, key label). The token is opened for each signature and
 * closed after it, so a token unplugged and plugged in again works without a restart.
 */
@Component
public class Pkcs11Keys {

    private final List<SigningProperties.Token> tokens;

    Pkcs11Keys(SigningProperties properties) {
        this.tokens = properties.tokens();
    }

    /** The token configured for a council's competent signer, if any. */
    public Optional<SigningProperties.Token> of(Council council) {
        return tokens.stream().filter(t -> t.council().equals(council.code())).findFirst();
    }

    /**
     * Opens a token and finds its key. The caller closes {@link SigningKey#token()} once it has
     * signed.
     *
     * @throws IllegalStateException when the module is missing, the PIN is wrong or no key matches
     */
    public static SigningKey open(SigningProperties.Token token) {
        if (!Files.isReadable(token.library())) {
            throw new IllegalStateException("PKCS#11 module not found: " + token.library());
        }
        var connection = new Pkcs11SignatureToken(
                token.library().toString(),
                new PrefilledPasswordCallback(
                        new KeyStore.PasswordProtection(token.pin().toCharArray())),
                -1,
                token.slotListIndex() == null ? 0 : token.slotListIndex(),
                "");
        try {
            List<DSSPrivateKeyEntry> keys = connection.getKeys();
            DSSPrivateKeyEntry entry = keys.stream()
                    .filter(k -> token.keyLabel() == null
                            || (k instanceof KSPrivateKeyEntry ks
                                    && token.keyLabel().equals(ks.getAlias())))
                    .findFirst()
                    .orElseThrow(() -> new IllegalStateException("no signing key on the PKCS#11 token "
                            + token.library() + (token.keyLabel() == null ? "" : " labelled " + token.keyLabel())));
            return new SigningKey(connection, entry, commonName(entry), null);
        } catch (RuntimeException e) {
            connection.close();
            throw e instanceof IllegalStateException
                    ? e
                    : new IllegalStateException(
                            "cannot open the PKCS#11 token " + token.library() + ": " + e.getMessage(), e);
        }
    }

    private static String commonName(DSSPrivateKeyEntry entry) {
        var certificate = entry.getCertificate().getCertificate();
        var cn = X500Name.getInstance(certificate.getSubjectX500Principal().getEncoded())
                .getRDNs(BCStyle.CN);
        return cn.length == 0
                ? certificate.getSubjectX500Principal().getName()
                : cn[0].getFirst().getValue().toString();
    }
}
