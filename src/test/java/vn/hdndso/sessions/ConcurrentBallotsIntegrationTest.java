package vn.hdndso.sessions;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import vn.hdndso.councils.Councils;
import vn.hdndso.identity.AuditTrail;
import vn.hdndso.shared.CouncilId;
import vn.hdndso.shared.tenancy.Tenancy;
import vn.hdndso.shared.tenancy.TenantScope;
import vn.hdndso.support.IntegrationTest;
import vn.hdndso.support.TestClient;

/**
 * Ballots cast at the same instant are each recorded once, each with one audit entry, and the
 * council's chain — sealed in batches by the group commit of the audit trail — verifies.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ConcurrentBallotsIntegrationTest {

    private static final String SLUG = "le-ich-moc";
    private static final int DELEGATES = 24;

    @Autowired
    TestClient client;

    @Autowired
    Councils councils;

    @Autowired
    AuditTrail audit;

    SessionFixture council;

    @BeforeAll
    void delegates() {
        council = SessionFixture.withDelegates(client, SLUG, DELEGATES);
    }

    @Test
    void ballotsCastAtOnceAreEachRecordedAndAuditedOnceAndTheChainVerifies() throws Exception {
        String session = council.sessionInProgress("Kỳ họp thử bỏ phiếu đồng thời");
        String item = council.motion(session, "Tờ trình bỏ phiếu đồng thời", "MORE_THAN_HALF_OF_ALL");
        assertThat(council.open(session, item).status()).isEqualTo(200);

        var start = new CountDownLatch(1);
        List<Future<TestClient.Response>> answers = new ArrayList<>();
        try (var threads = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int i = 0; i < DELEGATES; i++) {
                String delegate = council.delegates.get(i);
                String choice = i % 3 == 0 ? "NO" : "YES";
                answers.add(threads.submit(() -> {
                    start.await();
                    return voteWhenTheSignInLimiterLetsUs(session, item, delegate, choice);
                }));
            }
            start.countDown();
        }
        for (Future<TestClient.Response> answer : answers) {
            assertThat(answer.get().status()).as(answer.get().body()).isEqualTo(200);
        }

        var tally = council.tally(session, item).json();
        assertThat(tally.get("yes").asInt()).isEqualTo(16);
        assertThat(tally.get("no").asInt()).isEqualTo(8);
        assertThat(council.close(session, item).status()).isEqualTo(200);
        var named = client.get(council.item(session) + "/" + item + "/votes").json();
        assertThat(named).hasSize(DELEGATES);

        CouncilId id = councils.requireBySlug(SLUG).id();
        List<AuditTrail.Entry> entries =
                Tenancy.call(TenantScope.staffOf(id), () -> audit.about(id, "agendaItem", item));
        List<AuditTrail.Entry> cast = entries.stream()
                .filter(e -> e.action().equals("sessions.vote.cast"))
                .toList();
        assertThat(cast).hasSize(DELEGATES);
        assertThat(cast)
                .extracting(AuditTrail.Entry::actor)
                .doesNotHaveDuplicates()
                .containsExactlyInAnyOrderElementsOf(council.delegates);
        assertThat(cast).extracting(AuditTrail.Entry::seq).doesNotHaveDuplicates();

        AuditTrail.Verification verification = Tenancy.call(TenantScope.staffOf(id), () -> audit.verify(id));
        assertThat(verification.intact()).as(verification.toString()).isTrue();
        assertThat(verification.entriesChecked()).isGreaterThanOrEqualTo(DELEGATES + 2L);
    }

    /**
     * The ballots sign in with HTTP Basic, and the password-check limiter may answer 429 before
     * hashing (nothing recorded) when 24 arrive on two cores at once; a client tries again.
     */
    private TestClient.Response voteWhenTheSignInLimiterLetsUs(
            String session, String item, String delegate, String choice) throws InterruptedException {
        for (int attempt = 1; ; attempt++) {
            TestClient.Response answer = council.vote(session, item, delegate, choice);
            if (answer.status() != 429 || attempt == 10) {
                return answer;
            }
            Thread.sleep(500);
        }
    }
}
