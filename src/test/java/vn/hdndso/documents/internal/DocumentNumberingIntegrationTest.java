package vn.hdndso.documents.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import vn.hdndso.councils.Councils;
import vn.hdndso.shared.CouncilId;
import vn.hdndso.shared.tenancy.Tenancy;
import vn.hdndso.shared.tenancy.TenantScope;
import vn.hdndso.support.IntegrationTest;

/** Numbers are gapless and never duplicated, however many issuers take them at once. */
@IntegrationTest
class DocumentNumberingIntegrationTest {

    private static final int THREADS = 16;
    private static final int ISSUES_PER_THREAD = 80;

    @Autowired
    DocumentNumbering numbering;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Councils councils;

    /** Thrown to roll an issue back after it took its number (a signing failure, say). */
    static final class SigningFailed extends RuntimeException {}

    @Test
    void handsOutEachNumberOnceWithoutGapsUnderConcurrencyAndGivesBackRolledBackOnes() throws Exception {
        CouncilId council = councils.requireBySlug("lac-phuong").id();
        String issuer = "T" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        Set<Integer> committed = ConcurrentHashMap.newKeySet();
        AtomicInteger duplicates = new AtomicInteger();
        AtomicInteger rolledBack = new AtomicInteger();

        try (var executor = Executors.newVirtualThreadPerTaskExecutor()) {
            List<Future<?>> workers = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                int thread = t;
                workers.add(executor.submit(() -> {
                    for (int i = 0; i < ISSUES_PER_THREAD; i++) {
                        boolean fail = (thread * ISSUES_PER_THREAD + i) % 7 == 0;
                        try {
                            Integer number = Tenancy.call(
                                    TenantScope.staffOf(council),
                                    () -> transactions.execute(s -> {
                                        int n = numbering.next(council, issuer, 2031, "REGULAR");
                                        if (fail) {
                                            throw new SigningFailed();
                                        }
                                        return n;
                                    }));
                            if (!committed.add(number)) {
                                duplicates.incrementAndGet();
                            }
                        } catch (SigningFailed e) {
                            rolledBack.incrementAndGet();
                        }
                    }
                }));
            }
            for (Future<?> worker : workers) {
                worker.get();
            }
        }

        int issued = THREADS * ISSUES_PER_THREAD - rolledBack.get();
        assertThat(issued).isGreaterThanOrEqualTo(1000);
        assertThat(rolledBack.get()).isPositive();
        assertThat(duplicates.get()).isZero();
        assertThat(committed).isEqualTo(IntStream.rangeClosed(1, issued).boxed().collect(Collectors.toSet()));
        Integer last = Tenancy.call(
                TenantScope.staffOf(council),
                () -> transactions.execute(s -> jdbc.sql(
                                "select last_number from document_series where council_id = ? and issuer_symbol = ?")
                        .params(council.value(), issuer)
                        .query(Integer.class)
                        .single()));
        assertThat(last).isEqualTo(issued);
    }

    @Test
    void startsEachIssuerAndYearAtOneAndKeepsNormativeResolutionsApart() {
        CouncilId council = councils.requireBySlug("lac-phuong").id();
        String issuer = "S" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        List<Integer> numbers = Tenancy.call(
                TenantScope.staffOf(council),
                () -> transactions.execute(s -> List.of(
                        numbering.next(council, issuer, 2030, "REGULAR"),
                        numbering.next(council, issuer, 2030, "REGULAR"),
                        numbering.next(council, issuer, 2030, "NORMATIVE"),
                        numbering.next(council, issuer, 2031, "REGULAR"))));
        assertThat(numbers).containsExactly(1, 2, 1, 1);
    }
}
