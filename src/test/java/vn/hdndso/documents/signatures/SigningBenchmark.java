package vn.hdndso.documents.signatures;

import java.security.PrivateKey;
import java.security.Signature;
import java.time.Instant;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import vn.hdndso.documents.TestPdfs;

/**
 * The signing step of an issue alone (no database, no file store): the number and date written
 * into the PDF ({@link IssueMarks}) and the council's PAdES signature ({@link PadesSigner}), for a
 * 10-page PDF, next to the raw RSA-2048 signature ({@code SHA256withRSA} over 32 bytes) of the
 * same key, in the same JVM, one thread each. Not part of the test suite (the name does not match
 * Surefire's patterns); see bench/documents/README.md:
 *
 * <pre>./mvnw -B test -Dtest=SigningBenchmark -Dbench.signatures=300</pre>
 */
class SigningBenchmark {

    private static final TestPki.Identity CA = TestPki.ca("CA đo hiệu năng");
    private static final TestPki.Identity SIGNER = TestPki.signer("Hội đồng nhân dân xã An Trường", CA);

    @Test
    void measure() throws Exception {
        int count = Integer.getInteger("bench.signatures", 300);
        var signer = new PadesSigner(new SigningProperties(null, null, null));
        SigningKey key = TestPki.signingKey(SIGNER);
        byte[] pdf = TestPdfs.plan("Kế hoạch đo hiệu năng", 10);
        report("PDF: 10 pages, %d bytes", pdf.length);

        for (int i = 0; i < 50; i++) {
            issueSignature(signer, key, pdf);
        }
        double raw = rawRate(SIGNER.key(), 3_000);
        long start = System.nanoTime();
        long bytes = 0;
        for (int i = 0; i < count; i++) {
            bytes += issueSignature(signer, key, pdf).length;
        }
        double rate = count / ((System.nanoTime() - start) / 1e9);
        double rawAfter = rawRate(SIGNER.key(), 3_000);
        double rawMean = (raw + rawAfter) / 2;
        report(
                "raw RSA-2048 SHA256withRSA over 32 bytes: %.0f signatures/s (%.0f before, %.0f after)",
                rawMean, raw, rawAfter);
        report(
                "marks + PAdES signature, 1 thread: %.1f signatures/s, %.2f ms each, signed PDF %d bytes",
                rate, 1000 / rate, bytes / count);
        report("ratio (raw / signing): %.1fx", rawMean / rate);
    }

    private static byte[] issueSignature(PadesSigner signer, SigningKey key, byte[] pdf) {
        var context = new SigningContext(
                "03/KH-TTHĐND",
                "An Trường, ngày 05 tháng 9 năm 2025",
                "Ban hành văn bản 03/KH-TTHĐND",
                "An Trường",
                Instant.now());
        IssueMarks.Marked marked =
                IssueMarks.write(pdf, context.numberSymbol(), String.valueOf(context.placeAndDate()));
        return signer.sign(marked, key, context);
    }

    private static double rawRate(PrivateKey key, int n) throws Exception {
        byte[] data = new byte[32];
        for (int i = 0; i < 300; i++) {
            sign(key, data);
        }
        long start = System.nanoTime();
        for (int i = 0; i < n; i++) {
            sign(key, data);
        }
        return n / ((System.nanoTime() - start) / 1e9);
    }

    private static byte[] sign(PrivateKey key, byte[] data) throws Exception {
        Signature signature = Signature.getInstance("SHA256withRSA");
        signature.initSign(key);
        signature.update(data);
        return signature.sign();
    }

    private static void report(String format, Object... args) {
        System.out.println("[bench] " + String.format(Locale.ROOT, format, args));
    }
}
