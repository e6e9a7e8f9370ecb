package vn.hdndso.documents.signatures;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How documents are signed (docs/signing.md).
 *
 * @param tsaUrl an RFC 3161 time-stamp authority ({@code HDND_TSA_URL}); when set, signatures are
 *     PAdES-BASELINE-T, otherwise PAdES-BASELINE-B
 * @param tokens people's PKCS#11 tokens: a council whose competent signer has one configured is
 *     signed by that person first, then by the council's key
 * @param remote the remote signing service ({@link RemoteSigningService}), if one is used
 */
@ConfigurationProperties("hdnd.signing")
public record SigningProperties(
        @Nullable URI tsaUrl,
        @Nullable List<Token> tokens,
        @Nullable Remote remote) {

    public SigningProperties {
        if (tsaUrl != null && tsaUrl.toString().isBlank()) {
            tsaUrl = null;
        }
        tokens = tokens == null ? List.of() : List.copyOf(tokens);
    }

    @Override
    public List<Token> tokens() {
        return java.util.Objects.requireNonNull(tokens);
    }

    /**
     * A person's PKCS#11 token (a USB token on the server, or an HSM).
     *
     * @param council the code of the council whose documents the token's owner signs
     * @param library the token's PKCS#11 module ({@code /usr/lib/softhsm/libsofthsm2.so}, a vendor's
     *     {@code .so})
     * @param slotListIndex which of the module's slots with a token (default 0, the first)
     * @param pin the user PIN; from the environment, never committed
     * @param keyLabel the alias (CKA_LABEL) of the key when the token holds several; else the first
     */
    public record Token(
            String council,
            Path library,
            @Nullable Integer slotListIndex,
            String pin,
            @Nullable String keyLabel) {}

    /**
     * A remote signing service speaking the protocol of docs/signing.md.
     *
     * @param url its base address
     * @param apiKey the installation's credential at the provider, sent as a bearer token
     * @param timeout how long one HTTP call may take
     * @param allowPrivateAddress let the service's name resolve to a private or loopback address
     *     (a provider inside the installation's own network, tests); otherwise only public
     *     addresses are connected to, the ones checked (no DNS rebinding)
     */
    public record Remote(
            URI url, @Nullable String apiKey, @Nullable Duration timeout, boolean allowPrivateAddress) {}
}
