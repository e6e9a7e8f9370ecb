package vn.hdndso.documents.signatures;

import java.security.cert.X509Certificate;
import java.util.List;

/**
 * The port to a remote signing service (Vietnamese "ký số từ xa": VNPT SmartCA, Viettel MySign,
 * FPT CA's, SIM-PKI): the signer's key stays with the provider; the application sends the digest
 * of what is to be signed, the signer confirms on their phone, and the signature value comes back
 * later. Asynchronous: {@link #request} returns at once with a transaction, {@link #status} is
 * asked until the signer has answered. {@link HttpRemoteSigning} speaks the protocol of
 * docs/signing.md; a provider's own API is plugged in with an adapter implementing this interface
 * (or a small gateway speaking that protocol).
 */
public interface RemoteSigningService {

    /** The signer's certificate first, then the chain above it, as the provider holds them. */
    List<X509Certificate> certificates(String signerId);

    /** Asks the signer to sign; returns the provider's transaction id while the signer is asked. */
    String request(RemoteSignatureRequest request);

    /** Where a transaction stands. */
    RemoteSignatureStatus status(String transactionId);

    /**
     * @param signerId the signer's account at the provider (their user id, national id number, …)
     * @param title what the signer sees on the phone ("Ký văn bản 03/KH-TTHĐND")
     * @param digestAlgorithm {@code SHA-256}
     * @param digest the digest of the data to be signed (the signed attributes of the PAdES
     *     signature)
     */
    record RemoteSignatureRequest(String signerId, String title, String digestAlgorithm, byte[] digest) {}

    /** Where a remote signature stands. */
    sealed interface RemoteSignatureStatus {

        /** The signer has not answered yet. */
        record Pending() implements RemoteSignatureStatus {}

        /**
         * Signed.
         *
         * @param algorithm DSS's name of the signature algorithm ({@code RSA_SHA256}, {@code ECDSA_SHA256})
         * @param value the signature value (PKCS#1 v1.5 for RSA; DER for ECDSA)
         */
        record Signed(String algorithm, byte[] value) implements RemoteSignatureStatus {}

        /** The signer refused, or the provider failed; the reason as the provider gives it. */
        record Refused(String reason) implements RemoteSignatureStatus {}

        /** The signer did not answer in time. */
        record Expired() implements RemoteSignatureStatus {}
    }
}
