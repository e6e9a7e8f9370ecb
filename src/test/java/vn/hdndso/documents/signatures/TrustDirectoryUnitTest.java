package vn.hdndso.documents.signatures;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The trust directory is read once and again only when it changes. */
class TrustDirectoryUnitTest {

    @TempDir
    Path trust;

    @Test
    void reads_the_certificates_again_only_after_a_change() {
        TestPki.trust(trust, TestPki.ca("CA thử 1").certificate());
        var directory = new TrustDirectory(trust);
        var first = directory.source();
        assertThat(first.getNumberOfCertificates()).isEqualTo(1);
        assertThat(directory.source())
                .as("unchanged: the same certificates, not read again")
                .isSameAs(first);

        TestPki.trust(trust, TestPki.ca("CA thử 2").certificate());
        var second = directory.source();
        assertThat(second).isNotSameAs(first);
        assertThat(second.getNumberOfCertificates()).isEqualTo(2);
    }
}
