package vn.hdndso.documents.signatures;

import eu.europa.esig.dss.token.KSPrivateKeyEntry;
import eu.europa.esig.dss.token.Pkcs12SignatureToken;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.SecureRandom;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import vn.hdndso.councils.Council;
import vn.hdndso.shared.CouncilId;
import vn.hdndso.shared.InstallationProperties;

/**
 * Each council's signing key: a PKCS#12 file {@code <keystore-dir>/<council-code>.p12}. Loaded once
 * per council and kept in memory. When a council has none, a <em>demo</em> key is generated on
 * first use: RSA-2048 with a self-signed certificate that says so in its name. The data directory
 * is never committed, so neither is a key.
 */
@Component
public class CouncilKeys {

    private static final Logger log = LoggerFactory.getLogger(CouncilKeys.class);
    private static final String ALIAS = "signing";
    private static final String ALPHABET = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    private final Path directory;
    private final DocumentsProperties settings;
    private final Clock clock;
    private final Map<CouncilId, CouncilKey> loaded = new ConcurrentHashMap<>();

    CouncilKeys(DocumentsProperties settings, InstallationProperties installation, Clock clock) {
        this.settings = settings;
        this.clock = clock;
        this.directory = settings.keystoreDir() != null
                ? settings.keystoreDir().toAbsolutePath().normalize()
                : installation.dataDir().resolve("keys");
    }

    /**
     * A council's key and certificate, ready to sign.
     *
     * @param signerName the name on the certificate (its CN), shown in the signature
     * @param signatureImage the signer's signature image (PNG, Decree 30 Annex I §II.7: blue,
     *     transparent background), from {@code <council code>.signature.png} beside the key, if an
     *     administrator put one there; the visible signature shows it left of the text
     */
    public record CouncilKey(
            Pkcs12SignatureToken token, KSPrivateKeyEntry entry, String signerName, byte @Nullable [] signatureImage) {

        public X509Certificate certificate() {
            return entry.getCertificate().getCertificate();
        }

        /** The key as a {@link SigningKey}. */
        public SigningKey signingKey() {
            return new SigningKey(token, entry, signerName, signatureImage);
        }
    }

    /** Where the keys (and the signer images) are kept. */
    public Path directory() {
        return directory;
    }

    public CouncilKey of(Council council) {
        return loaded.computeIfAbsent(council.id(), id -> load(council));
    }

    private CouncilKey load(Council council) {
        Path keystore = directory.resolve(council.code() + ".p12");
        try {
            Files.createDirectories(directory);
            char[] password = password(council);
            if (!Files.exists(keystore)) {
                generateDemoKey(council, keystore, password);
            }
            var token = new Pkcs12SignatureToken(keystore.toFile(), new KeyStore.PasswordProtection(password));
            var entry = (KSPrivateKeyEntry) token.getKeys().getFirst();
            String name = commonName(entry.getCertificate().getCertificate());
            Path image = directory.resolve(council.code() + ".signature.png");
            byte[] signatureImage = Files.isReadable(image) ? pngOrNull(Files.readAllBytes(image)) : null;
            if (Files.exists(image) && signatureImage == null) {
                log.warn("{} is not a PNG image: signing without a signature image", image);
            }
            return new CouncilKey(token, entry, name, signatureImage);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load the signing key of council " + council.code(), e);
        } catch (GeneralSecurityException | OperatorCreationException e) {
            throw new IllegalStateException("cannot create the signing key of council " + council.code(), e);
        }
    }

    private static byte @Nullable [] pngOrNull(byte[] bytes) {
        byte[] magic = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
        return bytes.length > magic.length && java.util.Arrays.equals(bytes, 0, magic.length, magic, 0, magic.length)
                ? bytes
                : null;
    }

    private char[] password(Council council) throws IOException {
        if (settings.keystorePassword() != null && !settings.keystorePassword().isBlank()) {
            return settings.keystorePassword().toCharArray();
        }
        Path file = directory.resolve(council.code() + ".p12.password");
        if (!Files.exists(file)) {
            var random = new SecureRandom();
            var generated = new StringBuilder();
            for (int i = 0; i < 32; i++) {
                generated.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
            }
            writeOwnerOnly(file, generated.toString().getBytes(StandardCharsets.UTF_8));
        }
        return Files.readString(file, StandardCharsets.UTF_8).strip().toCharArray();
    }

    private void generateDemoKey(Council council, Path keystore, char[] password)
            throws GeneralSecurityException, OperatorCreationException, IOException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048, new SecureRandom());
        KeyPair pair = generator.generateKeyPair();
        X500Name subject = new X500NameBuilder(BCStyle.INSTANCE)
                .addRDN(BCStyle.CN, "HĐND " + council.name() + " (khóa thử nghiệm)")
                .addRDN(BCStyle.O, council.name())
                .addRDN(BCStyle.C, "VN")
                .build();
        Instant now = Instant.now(clock);
        var builder = new JcaX509v3CertificateBuilder(
                subject,
                new BigInteger(64, new SecureRandom()).abs().add(BigInteger.ONE),
                Date.from(now.minus(Duration.ofDays(1))),
                Date.from(now.plus(Duration.ofDays(3650))),
                subject,
                pair.getPublic());
        builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(false));
        builder.addExtension(
                Extension.keyUsage, true, new KeyUsage(KeyUsage.digitalSignature | KeyUsage.nonRepudiation));
        builder.addExtension(
                Extension.extendedKeyUsage, false, new ExtendedKeyUsage(KeyPurposeId.id_kp_emailProtection));
        X509Certificate certificate = new JcaX509CertificateConverter()
                .getCertificate(builder.build(new JcaContentSignerBuilder("SHA256withRSA").build(pair.getPrivate())));
        KeyStore store = KeyStore.getInstance("PKCS12");
        store.load(null, null);
        store.setKeyEntry(ALIAS, pair.getPrivate(), password, new Certificate[] {certificate});
        var bytes = new ByteArrayOutputStream();
        store.store(bytes, password);
        if (writeOwnerOnly(keystore, bytes.toByteArray())) {
            log.warn(
                    "Generated a DEMO signing key for {} at {}: self-signed, not trusted by anyone; "
                            + "configure the council's real PKCS#12 there for production",
                    council.name(),
                    keystore);
        }
    }

    /** Writes a new file readable by its owner only; false if another instance was first. */
    private static boolean writeOwnerOnly(Path target, byte[] content) throws IOException {
        Path temp = target.resolveSibling(".tmp-" + UUID.randomUUID());
        try {
            Files.createFile(temp);
            try {
                Files.setPosixFilePermissions(temp, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException e) {
                log.debug("no POSIX permissions on {}", temp);
            }
            Files.write(temp, content);
            try (var channel = java.nio.channels.FileChannel.open(temp, java.nio.file.StandardOpenOption.WRITE)) {
                channel.force(true);
            }
            // a hard link fails if the name exists: the first of two racing instances wins
            Files.createLink(target, temp);
            return true;
        } catch (FileAlreadyExistsException e) {
            return false;
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    private static String commonName(X509Certificate certificate) {
        X500Name name =
                X500Name.getInstance(certificate.getSubjectX500Principal().getEncoded());
        var cn = name.getRDNs(BCStyle.CN);
        return cn.length == 0
                ? certificate.getSubjectX500Principal().getName()
                : cn[0].getFirst().getValue().toString();
    }
}
