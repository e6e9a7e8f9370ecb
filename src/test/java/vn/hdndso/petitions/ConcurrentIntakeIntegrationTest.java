package vn.hdndso.petitions;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.hdndso.councils.Councils;
import vn.hdndso.identity.AuditTrail;
import vn.hdndso.shared.CouncilId;
import vn.hdndso.shared.tenancy.Tenancy;
import vn.hdndso.shared.tenancy.TenantScope;
import vn.hdndso.support.IntegrationTest;
import vn.hdndso.support.TestClient;

/**
 * Public submissions arriving at the same moment are all acknowledged with a tracking code, each
 * has exactly one audit entry, duplicates among them are grouped, and the chain verifies.
 */
@IntegrationTest
class ConcurrentIntakeIntegrationTest {

    private static final String SLUG = "hoa-binh";
    private static final int SUBMISSIONS = 40;

    @Autowired
    TestClient client;

    @Autowired
    Councils councils;

    @Autowired
    AuditTrail audit;

    @Test
    void concurrentSubmissionsAreAllAcknowledgedAndAuditedOnce() throws Exception {
        String marker = "đồng-thời-" + Long.toString(System.nanoTime(), 36);
        var start = new CountDownLatch(1);
        List<Future<TestClient.Response>> answers = new ArrayList<>();
        try (var threads = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int i = 0; i < SUBMISSIONS; i++) {
                // two requests, each sent by half of the voters: they group into (at most) two issues
                String content = i % 2 == 0
                        ? "Đề nghị sửa chữa mặt đường thôn Đông bị sụt lún nhiều ổ gà gây nguy hiểm " + marker
                        : "Đề nghị lắp đèn chiếu sáng công cộng ở ngõ chợ xóm Tây vì buổi tối quá tối " + marker;
                answers.add(threads.submit(() -> {
                    start.await();
                    return client.postJson(
                            "/api/v1/councils/" + SLUG + "/petitions",
                            Map.of("content", content, "consent", true, "channel", "WEB"));
                }));
            }
            start.countDown();
        }
        List<String> codes = new ArrayList<>();
        for (Future<TestClient.Response> answer : answers) {
            TestClient.Response response = answer.get();
            assertThat(response.status()).as(response.body()).isEqualTo(201);
            codes.add(response.json().get("trackingCode").asString());
        }
        assertThat(codes).hasSize(SUBMISSIONS).doesNotHaveDuplicates();

        CouncilId id = councils.requireBySlug(SLUG).id();
        List<AuditTrail.Entry> received = Tenancy.call(TenantScope.staffOf(id), () -> audit.latest(id, 1000)).stream()
                .filter(e -> e.action().equals("petitions.petition.received"))
                .toList();
        for (String code : codes) {
            assertThat(received)
                    .as("audit entries of %s", code)
                    .filteredOn(e -> e.details().contains("\"" + code + "\""))
                    .hasSize(1);
        }
        long grouped = received.stream()
                .filter(e -> codes.stream().anyMatch(code -> e.details().contains("\"" + code + "\"")))
                .filter(e -> e.details().contains("\"grouped\":\"true\""))
                .count();
        assertThat(grouped)
                .as("duplicates found among the concurrent submissions")
                .isPositive();

        AuditTrail.Verification verification = Tenancy.call(TenantScope.staffOf(id), () -> audit.verify(id));
        assertThat(verification.intact()).as(verification.toString()).isTrue();
    }
}
