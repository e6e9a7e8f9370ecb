package vn.hdndso.reports.internal;

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

/** A unit of a reporting round is reminded of its report at its address, once, in Vietnamese. */
@IntegrationTest
class ReportReminderNoticesIntegrationTest {

    static final String SLUG = "gia-vien";
    static final String PASSWORD = "Report-Notices-2026";
    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    @Autowired
    TestClient client;

    @Autowired
    ReportingReminders reminders;

    @Autowired
    vn.hdndso.shared.InstallationProperties installation;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate tx;

    @Autowired
    Councils councils;

    @Autowired
    Clock clock;

    record Row(String key, String channel, String address, String subject, String body) {}

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
    void aUnitWhoseReportIsDueSoonIsRemindedAtItsAddressOnce() {
        String clerk = TestClient.uniqueUsername("rn.clerk");
        client.createUser(SLUG, clerk, PASSWORD, "Văn thư thử báo cáo", "CLERK");
        String unitEmail = TestClient.uniqueUsername("tckh") + "@gia-vien.test";
        String unitName = "Phòng Tài chính thử " + UUID.randomUUID().toString().substring(0, 6);
        var unit = client.postJson(
                "/api/v1/councils/" + SLUG + "/executive-units",
                Map.of("name", unitName, "kind", "OFFICE", "email", unitEmail),
                TestClient.ADMIN,
                TestClient.ADMIN_PASSWORD);
        assertThat(unit.status()).as(unit.body()).isEqualTo(201);
        LocalDate due = VnTime.today(clock).plusDays(2);
        var round = client.postJson(
                "/api/v1/councils/" + SLUG + "/reporting-rounds",
                Map.of(
                        "period",
                        "2026-H2",
                        "dueOn",
                        due.toString(),
                        "reporters",
                        List.of(unit.json().get("id").asString())),
                clerk,
                PASSWORD);
        assertThat(round.status()).as(round.body()).isEqualTo(201);
        String reporter = round.json().get("reporters").get(0).get("id").asString();

        reminders.runOnce();
        reminders.runOnce();

        List<Row> reminded = rows("report:" + reporter + ":due-soon:");
        assertThat(reminded).hasSize(1);
        Row row = reminded.getFirst();
        assertThat(row.channel()).isEqualTo("EMAIL");
        assertThat(row.address()).isEqualTo(unitEmail);
        assertThat(row.subject()).isEqualTo("Sắp đến hạn nộp báo cáo kỳ 2026-H2");
        assertThat(row.body())
                .isEqualTo("HĐND " + councils.requireBySlug(SLUG).name() + " nhắc " + unitName
                        + ": báo cáo kỳ 2026-H2 cần nộp trước ngày " + DAY.format(due) + ".\n\n"
                        + installation.baseUrl() + "/app/councils/" + SLUG + "/reports/rounds/"
                        + round.json().get("id").asString());
    }
}
