package vn.hdndso.plans;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import vn.hdndso.councils.Councils;
import vn.hdndso.shared.CouncilId;
import vn.hdndso.shared.VnTime;
import vn.hdndso.shared.tenancy.Tenancy;
import vn.hdndso.shared.tenancy.TenantScope;
import vn.hdndso.support.IntegrationTest;
import vn.hdndso.support.TestClient;

/**
 * A task's reminder reaches its body outside the app: a delegate without an account by the phone on
 * their record, a People's Committee unit by its address — once per task and step, in Vietnamese.
 */
@IntegrationTest
class TaskReminderNoticesIntegrationTest {

    static final String SLUG = "ngo-quyen";
    static final String API = "/api/v1/councils/" + SLUG;
    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    @Autowired
    TestClient client;

    @Autowired
    TaskReminders reminders;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate tx;

    @Autowired
    Councils councils;

    @Autowired
    Clock clock;

    record Row(String key, String channel, String address, String subject, String body) {}

    private String created(String path, Object body) {
        var response = client.postJson(API + path, body, TestClient.ADMIN, TestClient.ADMIN_PASSWORD);
        assertThat(response.status()).as(path + ": " + response.body()).isEqualTo(201);
        return response.json().get("id").asString();
    }

    private List<Row> rows(String keyPrefix) {
        CouncilId council = councils.requireBySlug(SLUG).id();
        return Tenancy.call(
                TenantScope.allCouncils("test: read the outbox"),
                () -> Objects.requireNonNull(tx.execute(s -> jdbc.sql("""
                                select idempotency_key, channel, address, subject, body from notification_message
                                 where council_id = :c and idempotency_key like :k order by idempotency_key""")
                        .param("c", council.value())
                        .param("k", keyPrefix + "%")
                        .query((rs, n) -> new Row(
                                rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5)))
                        .list())));
    }

    @Test
    void aTaskDueSoonRemindsTheDelegateByThePhoneOnTheirRecordAndTheUnitByItsAddressOnce() {
        LocalDate due = VnTime.today(clock).plusDays(2);
        String name = "Lê Văn Không Tài Khoản " + UUID.randomUUID().toString().substring(0, 6);
        String delegate = created("/delegates", Map.of("fullName", name, "phone", "0912 345 678"));
        String unitEmail = TestClient.uniqueUsername("tnmt") + "@ngo-quyen.test";
        String unit = created(
                "/executive-units",
                Map.of("name", "Phòng Tài nguyên thử " + UUID.randomUUID(), "kind", "OFFICE", "email", unitEmail));
        String toDelegate = created(
                "/tasks",
                Map.of(
                        "text",
                        "Tiếp xúc cử tri tổ dân phố số 5",
                        "dueOn",
                        due.toString(),
                        "assignee",
                        Map.of("body", "DELEGATES", "delegateId", delegate)));
        String toUnit = created(
                "/tasks",
                Map.of(
                        "text",
                        "Báo cáo tiến độ giải phóng mặt bằng",
                        "dueOn",
                        due.toString(),
                        "assignee",
                        Map.of("body", "PEOPLES_COMMITTEE", "bodyId", unit)));

        reminders.remind();
        reminders.remind();

        List<Row> delegateRows = rows("task:" + toDelegate + ":due-soon:");
        assertThat(delegateRows).hasSize(1);
        Row sms = delegateRows.getFirst();
        assertThat(sms.channel()).isEqualTo("SMS");
        assertThat(sms.address()).isEqualTo("0912 345 678");
        assertThat(sms.key()).isEqualTo("task:" + toDelegate + ":due-soon:sms:0912345678");
        assertThat(sms.subject()).isEqualTo("Sắp đến hạn: Tiếp xúc cử tri tổ dân phố số 5");
        assertThat(sms.body()).contains("nhiệm vụ „Tiếp xúc cử tri tổ dân phố số 5“ đến hạn ngày " + DAY.format(due));

        List<Row> unitRows = rows("task:" + toUnit + ":due-soon:");
        assertThat(unitRows)
                .extracting(Row::channel, Row::address)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("EMAIL", unitEmail));
        assertThat(unitRows.getFirst().body())
                .contains("nhiệm vụ „Báo cáo tiến độ giải phóng mặt bằng“ đến hạn ngày " + DAY.format(due));
    }
}
