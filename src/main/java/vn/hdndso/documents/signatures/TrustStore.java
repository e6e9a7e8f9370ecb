package vn.hdndso.documents.signatures;

import eu.europa.esig.dss.model.x509.CertificateToken;
import eu.europa.esig.dss.spi.x509.CommonTrustedCertificateSource;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.Certificate;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The trusted CA certificates: every PEM or DER file in the trust directory (a missing directory
 * means nothing is trusted). A file that is not a certificate is skipped with a warning.
 */
final class TrustStore {

    private static final Logger log = LoggerFactory.getLogger(TrustStore.class);

    private TrustStore() {}

    static CommonTrustedCertificateSource load(Path directory) {
        var source = new CommonTrustedCertificateSource();
        certificates(directory).forEach(c -> source.addCertificate(new CertificateToken(c)));
        return source;
    }

    static List<X509Certificate> certificates(Path directory) {
        List<X509Certificate> certificates = new ArrayList<>();
        if (!Files.isDirectory(directory)) {
            return certificates;
        }
        try (Stream<Path> files = Files.list(directory)) {
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                certificates.addAll(read(file));
            }
        } catch (IOException e) {
            log.warn("cannot read the trust directory {}: {}", directory, e.getMessage());
        }
        return certificates;
    }

    private static List<X509Certificate> read(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            List<X509Certificate> found = new ArrayList<>();
            for (Certificate c : CertificateFactory.getInstance("X.509").generateCertificates(in)) {
                if (c instanceof X509Certificate x509) {
                    found.add(x509);
                }
            }
            return found;
        } catch (IOException | CertificateException e) {
            log.warn("skipping {} in the trust directory: not a PEM or DER certificate ({})", file, e.getMessage());
            return List.of();
        }
    }
}
