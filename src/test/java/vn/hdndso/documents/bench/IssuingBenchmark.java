package vn.hdndso.documents.bench;

import java.security.PrivateKey;
import java.security.Signature;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.hdndso.councils.Council;
import vn.hdndso.councils.Councils;
import vn.hdndso.documents.DocumentId;
import vn.hdndso.documents.NewOutgoingDocument;
import vn.hdndso.documents.OutgoingDocuments;
import vn.hdndso.documents.TestPdfs;
import vn.hdndso.documents.signatures.CouncilKeys;
import vn.hdndso.shared.tenancy.Tenancy;
import vn.hdndso.shared.tenancy.TenantScope;
import vn.hdndso.support.IntegrationTest;

/**
 * Issuing throughput (number + PAdES signature + store + register, one transaction each) for a
 * 10-page PDF, next to the raw RSA-2048 signing rate of the same key. Not part of the test suite
 * (the name does not match Surefire's patterns); run it on purpose, see bench/documents/README.md:
 *
 * <pre>./mvnw -B test -Dtest=IssuingBenchmark -Dbench.documents=200</pre>
 */
@IntegrationTest
class IssuingBenchmark {

    private static final String SLUG = "an-truong"; // a council of this work's own: the demo councils stay as they are

    @Autowired
    OutgoingDocuments documents;

    @Autowired
    Councils councils;

    @Autowired
    CouncilKeys keys;

    @Test
    void measure() throws Exception {
        int count = Integer.getInteger("bench.documents", 200);
        Council council = councils.requireBySlug(SLUG);
        byte[] pdf = TestPdfs.plan("Kế hoạch đo hiệu năng", 10);
        int pages = org.apache.pdfbox.Loader.loadPDF(pdf).getNumberOfPages();
        report("PDF: %d pages, %d bytes", pages, pdf.length);

        // warm-up: key load, DSS and JIT
        issueAll(council, drafts(council, pdf, 30, List.of("TTHĐND")), 1);

        double raw = rawSigningRate(keys.of(council).entry().getPrivateKey(), 3_000);
        report("raw RSA-2048 SHA256withRSA over 32 bytes, 1 thread: %.0f signatures/s", raw);
        double raw2 = rawSigningRateParallel(keys.of(council).entry().getPrivateKey(), 3_000, 2);
        report("raw RSA-2048 SHA256withRSA over 32 bytes, 2 threads: %.0f signatures/s", raw2);

        for (int threads : new int[] {1, 2, 4}) {
            List<DocumentId> sameSeries = drafts(council, pdf, count, List.of("TTHĐND"));
            double rate = issueAll(council, sameSeries, threads);
            report(
                    "issue, one series (TTHĐND), %d threads: %.1f documents/s (raw/issue = %.1fx)",
                    threads, rate, raw2 / rate);
        }
        List<DocumentId> spread = drafts(council, pdf, count, List.of("HĐND", "TTHĐND", "BKTNS", "BVHXH"));
        double rate = issueAll(council, spread, 4);
        report("issue, four series, 4 threads: %.1f documents/s (raw/issue = %.1fx)", rate, raw2 / rate);
    }

    private List<DocumentId> drafts(Council council, byte[] pdf, int count, List<String> issuers) {
        List<DocumentId> ids = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String issuer = issuers.get(i % issuers.size());
            ids.add(Tenancy.call(
                    TenantScope.staffOf(council.id()),
                    () -> documents
                            .createDraft(
                                    council.id(),
                                    new NewOutgoingDocument(
                                            "KH",
                                            issuer,
                                            null,
                                            false,
                                            "Kế hoạch đo hiệu năng",
                                            "Người ký",
                                            "Chủ tịch",
                                            null),
                                    "bench.pdf",
                                    pdf)
                            .id()));
        }
        return ids;
    }

    private double issueAll(Council council, List<DocumentId> ids, int threads) throws Exception {
        long start = System.nanoTime();
        try (var executor = Executors.newFixedThreadPool(threads)) {
            List<Future<?>> done = new ArrayList<>();
            for (DocumentId id : ids) {
                done.add(executor.submit(() -> Tenancy.call(
                        TenantScope.staffOf(council.id()), () -> documents.approveAndIssue(council.id(), id))));
            }
            for (Future<?> f : done) {
                f.get();
            }
        }
        return ids.size() / ((System.nanoTime() - start) / 1e9);
    }

    private static double rawSigningRate(PrivateKey key, int n) throws Exception {
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

    private static double rawSigningRateParallel(PrivateKey key, int n, int threads) throws Exception {
        byte[] data = new byte[32];
        long start = System.nanoTime();
        try (var executor = Executors.newFixedThreadPool(threads)) {
            List<Future<?>> done = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                done.add(executor.submit(() -> {
                    for (int i = 0; i < n / threads; i++) {
                        sign(key, data);
                    }
                    return null;
                }));
            }
            for (Future<?> f : done) {
                f.get();
            }
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
