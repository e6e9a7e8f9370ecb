package vn.hdndso.documents.signatures;

import eu.europa.esig.dss.enumerations.DigestAlgorithm;
import eu.europa.esig.dss.enumerations.SignatureLevel;
import eu.europa.esig.dss.model.InMemoryDocument;
import eu.europa.esig.dss.model.SignatureValue;
import eu.europa.esig.dss.model.ToBeSigned;
import eu.europa.esig.dss.model.x509.CertificateToken;
import eu.europa.esig.dss.pades.PAdESSignatureParameters;
import eu.europa.esig.dss.pades.signature.PAdESService;
import eu.europa.esig.dss.pdf.pdfbox.PdfBoxNativeObjectFactory;
import eu.europa.esig.dss.spi.validation.CommonCertificateVerifier;
import eu.europa.esig.dss.token.KSPrivateKeyEntry;
import eu.europa.esig.dss.token.Pkcs12SignatureToken;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Date;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/** A test CA and signer certificates made with Bouncy Castle, and PAdES-BASELINE-B signing with DSS. */
public final class TestPki {

    private static final char[] PASSWORD = "test".toCharArray();

    /** A key with its certificate and the chain above it. */
    public record Identity(PrivateKey key, X509Certificate certificate, X509Certificate... chain) {}

    private TestPki() {}

    public static Identity ca(String name) {
        KeyPair keys = keys();
        Instant now = Instant.now();
        X509Certificate cert = certificate(
                name, keys, name, keys.getPrivate(), now.minusSeconds(86_400), now.plusSeconds(3650L * 86_400), true);
        return new Identity(keys.getPrivate(), cert);
    }

    public static Identity signer(String name, Identity ca, Instant notBefore, Instant notAfter) {
        KeyPair keys = keys();
        X509Certificate cert = certificate(
                name, keys, ca.certificate().getSubjectX500Principal().getName(), ca.key(), notBefore, notAfter, false);
        return new Identity(keys.getPrivate(), cert, ca.certificate());
    }

    public static Identity signer(String name, Identity ca) {
        Instant now = Instant.now();
        return signer(name, ca, now.minusSeconds(86_400), now.plusSeconds(365L * 86_400));
    }

    /** Signs as PAdES-BASELINE-B, claiming the given signing time. */
    public static byte[] sign(byte[] pdf, Identity signer, Instant signingTime) {
        var verifier = new CommonCertificateVerifier();
        verifier.setAlertOnExpiredCertificate(new eu.europa.esig.dss.alert.SilentOnStatusAlert());
        verifier.setAlertOnNotYetValidCertificate(new eu.europa.esig.dss.alert.SilentOnStatusAlert());
        var service = new PAdESService(verifier);
        service.setPdfObjFactory(new PdfBoxNativeObjectFactory());
        var parameters = new PAdESSignatureParameters();
        parameters.setSignatureLevel(SignatureLevel.PAdES_BASELINE_B);
        parameters.setDigestAlgorithm(DigestAlgorithm.SHA256);
        parameters.setSigningCertificate(new CertificateToken(signer.certificate()));
        parameters.setCertificateChain(java.util.Arrays.stream(signer.chain())
                .map(CertificateToken::new)
                .toList());
        parameters.bLevel().setSigningDate(Date.from(signingTime));
        parameters.setReason("Ban hành");
        var document = new InMemoryDocument(pdf);
        ToBeSigned toBeSigned = service.getDataToSign(document, parameters);
        try (var token = new Pkcs12SignatureToken(pkcs12(signer), new KeyStore.PasswordProtection(PASSWORD))) {
            KSPrivateKeyEntry entry = (KSPrivateKeyEntry) token.getKeys().getFirst();
            SignatureValue value = token.sign(toBeSigned, parameters.getDigestAlgorithm(), entry);
            var signed = service.signDocument(document, parameters, value);
            var out = new ByteArrayOutputStream();
            signed.writeTo(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static byte[] sign(byte[] pdf, Identity signer) {
        return sign(pdf, signer, Instant.now());
    }

    /** The identity as a key PadesSigner signs with (a PKCS#12 token in memory). */
    public static SigningKey signingKey(Identity identity) {
        var token = new Pkcs12SignatureToken(pkcs12(identity), new KeyStore.PasswordProtection(PASSWORD));
        var entry = token.getKeys().getFirst();
        String dn = identity.certificate().getSubjectX500Principal().getName();
        return new SigningKey(token, entry, dn.replaceFirst("^CN=", "").replaceFirst(",.*$", ""), null);
    }

    /** A time-stamping unit's certificate (extended key usage id-kp-timeStamping, critical). */
    public static Identity timeStampingUnit(String name, Identity ca) {
        KeyPair keys = keys();
        Instant now = Instant.now();
        try {
            var builder = new JcaX509v3CertificateBuilder(
                    new X500Name(ca.certificate().getSubjectX500Principal().getName()),
                    BigInteger.valueOf(System.nanoTime()),
                    Date.from(now.minusSeconds(86_400)),
                    Date.from(now.plusSeconds(365L * 86_400)),
                    new X500Name("CN=" + name),
                    keys.getPublic());
            builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(false));
            builder.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.digitalSignature));
            builder.addExtension(
                    Extension.extendedKeyUsage,
                    true,
                    new org.bouncycastle.asn1.x509.ExtendedKeyUsage(
                            org.bouncycastle.asn1.x509.KeyPurposeId.id_kp_timeStamping));
            var signer = new JcaContentSignerBuilder("SHA256withRSA").build(ca.key());
            return new Identity(
                    keys.getPrivate(),
                    new JcaX509CertificateConverter().getCertificate(builder.build(signer)),
                    ca.certificate());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Writes a certificate as PEM into a directory (the trust store). */
    public static void trust(Path directory, X509Certificate certificate) {
        try {
            Files.createDirectories(directory);
            String pem = "-----BEGIN CERTIFICATE-----\n"
                    + java.util.Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(certificate.getEncoded())
                    + "\n-----END CERTIFICATE-----\n";
            Files.writeString(directory.resolve(certificate.getSerialNumber() + ".pem"), pem);
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] pkcs12(Identity identity) {
        try {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(null, null);
            X509Certificate[] chain = new X509Certificate[identity.chain().length + 1];
            chain[0] = identity.certificate();
            System.arraycopy(identity.chain(), 0, chain, 1, identity.chain().length);
            store.setKeyEntry("signer", identity.key(), PASSWORD, chain);
            var out = new ByteArrayOutputStream();
            store.store(out, PASSWORD);
            return out.toByteArray();
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static KeyPair keys() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static X509Certificate certificate(
            String subject,
            KeyPair keys,
            String issuer,
            PrivateKey issuerKey,
            Instant notBefore,
            Instant notAfter,
            boolean ca) {
        try {
            var builder = new JcaX509v3CertificateBuilder(
                    new X500Name(issuer.startsWith("CN=") ? issuer : "CN=" + issuer),
                    BigInteger.valueOf(System.nanoTime()),
                    Date.from(notBefore),
                    Date.from(notAfter),
                    new X500Name(subject.startsWith("CN=") ? subject : "CN=" + subject),
                    keys.getPublic());
            builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(ca));
            builder.addExtension(
                    Extension.keyUsage,
                    true,
                    new KeyUsage(
                            ca
                                    ? KeyUsage.keyCertSign | KeyUsage.cRLSign
                                    : KeyUsage.digitalSignature | KeyUsage.nonRepudiation));
            var signer = new JcaContentSignerBuilder("SHA256withRSA").build(issuerKey);
            return new JcaX509CertificateConverter().getCertificate(builder.build(signer));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
