package vn.hdndso.documents.signatures;

import eu.europa.esig.dss.token.DSSPrivateKeyEntry;
import eu.europa.esig.dss.token.SignatureTokenConnection;
import org.jspecify.annotations.Nullable;

/**
 * A key that signs, wherever it lives: the council's PKCS#12 file ({@link CouncilKeys}) or a
 * person's PKCS#11 token ({@link Pkcs11Keys}).
 *
 * @param signerName the name on the certificate (its CN), shown in the visible signature
 * @param signatureImage the signer's image (PNG), shown left of the text, if there is one
 */
public record SigningKey(
        SignatureTokenConnection token,
        DSSPrivateKeyEntry entry,
        String signerName,
        byte @Nullable [] signatureImage) {}
