package vn.hdndso.notifications.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static vn.hdndso.notifications.internal.NotificationFixture.deliverUntil;
import static vn.hdndso.notifications.internal.NotificationFixture.receivedBy;
import static vn.hdndso.notifications.internal.NotificationFixture.rows;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.internet.MimeMessage;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import vn.hdndso.councils.Councils;
import vn.hdndso.notifications.Channel;
import vn.hdndso.notifications.ConsentWithdrawals;
import vn.hdndso.notifications.Notice;
import vn.hdndso.notifications.Outbox;
import vn.hdndso.notifications.Preference;
import vn.hdndso.notifications.Recipient;
import vn.hdndso.shared.CouncilId;
import vn.hdndso.shared.tenancy.Tenancy;
import vn.hdndso.shared.tenancy.TenantScope;
import vn.hdndso.support.IntegrationTest;
import vn.hdndso.support.TestClient;

@IntegrationTest
class OutboxDeliveryIntegrationTest {

    static final String SLUG = "kinh-mon";
    static final List<String> INVITATION = List.of(
            "Kinh Môn",
            "Kỳ họp thứ Mười Một HĐND phường Kinh Môn",
            "08:00 ngày 15/12/2026",
            "Hội trường Ủy ban nhân dân phường");

    @Autowired
    Outbox outbox;

    @Autowired
    ConsentWithdrawals withdrawals;

    @Autowired
    DeliveryJob job;

    @Autowired
    ClaimRepository claims;

    @Autowired
    ChannelAdapters adapters;

    @Autowired
    PreferenceRepository preferences;

    @Autowired
    TransactionTemplate tx;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Councils councils;

    @Autowired
    TestClient client;

    CouncilId council;

    @BeforeEach
    void council() {
        council = councils.requireBySlug(SLUG).id();
    }

    @Test
    void aSessionInvitationArrivesByEmailWithItsVietnameseDiacritics() throws Exception {
        GreenMail smtp = NotificationFixture.smtp();
        try {
            String address = TestClient.uniqueUsername("daibieu") + "@kinh-mon.test";
            String key = "test-invitation:" + UUID.randomUUID();
            queue(new Notice(
                    council,
                    new Recipient.Contact(Channel.EMAIL, address),
                    "session-convened",
                    INVITATION,
                    "https://hdnd.example/app/kinh-mon",
                    key));

            var row = deliverUntil(job, jdbc, tx, council, key, "SENT");

            assertThat(row.attempts()).isEqualTo(1);
            List<MimeMessage> received = receivedBy(smtp, address);
            assertThat(received).hasSize(1);
            MimeMessage mail = received.getFirst();
            assertThat(mail.getHeader("Subject")[0]).startsWith("=?UTF-8?");
            assertThat(mail.getSubject()).isEqualTo("Giấy mời: Kỳ họp thứ Mười Một HĐND phường Kinh Môn");
            assertThat(mail.getContentType()).containsIgnoringCase("charset=UTF-8");
            assertThat((String) mail.getContent())
                    .contains("Thường trực HĐND Kinh Môn trân trọng kính mời đại biểu dự Kỳ họp thứ Mười Một"
                            + " HĐND phường Kinh Môn, khai mạc lúc 08:00 ngày 15/12/2026 tại Hội trường Ủy ban nhân"
                            + " dân phường.")
                    .contains("https://hdnd.example/app/kinh-mon");
            assertThat(mail.getFrom()[0].toString()).contains("no-reply@hdnd.local");
        } finally {
            smtp.stop();
        }
    }

    @Test
    void anAccountIsReachedThroughTheChannelsItAcceptsInItsOwnLanguage() throws Exception {
        String email = TestClient.uniqueUsername("en") + "@kinh-mon.test";
        var created = client.postJson(
                "/api/v1/councils/" + SLUG + "/users",
                Map.of(
                        "username",
                        TestClient.uniqueUsername("notify.en"),
                        "password",
                        "Mat-khau-rat-dai-2026",
                        "fullName",
                        "Đại biểu Tiếng Anh",
                        "email",
                        email,
                        "phone",
                        "0912345678",
                        "roles",
                        List.of("DELEGATE")),
                TestClient.ADMIN,
                TestClient.ADMIN_PASSWORD);
        assertThat(created.status()).isEqualTo(201);
        UUID account = UUID.fromString(created.json().get("id").asString());
        Tenancy.run(
                TenantScope.staffOf(council),
                () -> tx.executeWithoutResult(s ->
                        preferences.save(council, account, new Preference("en", EnumSet.of(Channel.EMAIL), false))));
        String key = "test-account:" + UUID.randomUUID();

        queue(new Notice(council, new Recipient.Account(account), "session-convened", INVITATION, null, key));

        var queued = rows(jdbc, tx, council, key);
        assertThat(queued).extracting(NotificationFixture.Row::channel).containsExactly("EMAIL");
        assertThat(queued.getFirst().subject()).isEqualTo("Invitation: Kỳ họp thứ Mười Một HĐND phường Kinh Môn");
        assertThat(queued.getFirst().body()).startsWith("The Standing Committee of the Kinh Môn People's Council");

        Tenancy.run(
                TenantScope.staffOf(council),
                () -> tx.executeWithoutResult(s ->
                        preferences.save(council, account, new Preference("vi", EnumSet.allOf(Channel.class), true))));
        String second = "test-account:" + UUID.randomUUID();
        queue(new Notice(council, new Recipient.Account(account), "session-convened", INVITATION, null, second));
        assertThat(rows(jdbc, tx, council, second)).as("opted out: nothing").isEmpty();

        Tenancy.run(
                TenantScope.staffOf(council),
                () -> tx.executeWithoutResult(s -> preferences.save(council, account, Preference.DEFAULT)));
        String third = "test-account:" + UUID.randomUUID();
        queue(new Notice(council, new Recipient.Account(account), "session-convened", INVITATION, null, third));
        assertThat(rows(jdbc, tx, council, third))
                .extracting(NotificationFixture.Row::channel)
                .containsExactly("EMAIL", "SMS", "WEB_PUSH");
        assertThat(rows(jdbc, tx, council, third).getFirst().subject())
                .isEqualTo("Giấy mời: Kỳ họp thứ Mười Một HĐND phường Kinh Môn");
    }

    @Test
    void aNoticeQueuedInARolledBackTransactionDoesNotExist() {
        String key = "test-rollback:" + UUID.randomUUID();
        Tenancy.run(
                TenantScope.staffOf(council),
                () -> tx.executeWithoutResult(s -> {
                    outbox.queue(new Notice(
                            council,
                            new Recipient.Contact(Channel.EMAIL, "a@kinh-mon.test"),
                            "session-convened",
                            INVITATION,
                            null,
                            key));
                    assertThat(jdbc.sql("select count(*) from notification_message where idempotency_key = :k")
                                    .param("k", key)
                                    .query(Long.class)
                                    .single())
                            .as("written in the transaction")
                            .isEqualTo(1L);
                    s.setRollbackOnly();
                }));

        assertThat(rows(jdbc, tx, council, key)).isEmpty();
    }

    @Test
    void theSameKeyQueuedTwiceIsOneMessage() {
        String key = "test-twice:" + UUID.randomUUID();
        var notice = new Notice(
                council,
                new Recipient.Contact(Channel.EMAIL, "twice@kinh-mon.test"),
                "session-convened",
                INVITATION,
                null,
                key);
        queue(notice);
        queue(notice);

        assertThat(rows(jdbc, tx, council, key)).hasSize(1);
    }

    @Test
    void whenTheMailServerIsDownTheMessageWaitsAndIsDeliveredOnceItIsUp() throws Exception {
        String address = TestClient.uniqueUsername("down") + "@kinh-mon.test";
        String key = "test-down:" + UUID.randomUUID();
        queue(new Notice(
                council,
                new Recipient.Contact(Channel.EMAIL, address),
                "petition-received",
                List.of("Kinh Môn", "KM-1234-56"),
                null,
                key));

        var waiting = deliverUntil(job, jdbc, tx, council, key, "RETRY");
        assertThat(waiting.attempts()).isEqualTo(1);
        assertThat(waiting.reason()).startsWith("máy chủ thư không nhận");

        GreenMail smtp = NotificationFixture.smtp();
        try {
            var sent = deliverUntil(job, jdbc, tx, council, key, "SENT");
            assertThat(sent.attempts()).isGreaterThanOrEqualTo(2);
            List<MimeMessage> received = receivedBy(smtp, address);
            assertThat(received).hasSize(1);
            assertThat(received.getFirst().getSubject()).isEqualTo("HĐND Kinh Môn đã tiếp nhận kiến nghị");
            assertThat((String) received.getFirst().getContent()).contains("Mã tra cứu: KM-1234-56.");
        } finally {
            smtp.stop();
        }
    }

    @Test
    void anInvalidAddressFailsWithAReasonAndIsNeverTriedAgain() throws Exception {
        String key = "test-invalid:" + UUID.randomUUID();
        queue(new Notice(
                council,
                new Recipient.Contact(Channel.EMAIL, "khong-phai@dia chi"),
                "petition-received",
                List.of("Kinh Môn", "KM-0000-00"),
                null,
                key));

        var failed = deliverUntil(job, jdbc, tx, council, key, "FAILED");
        assertThat(failed.reason()).isEqualTo("địa chỉ e-mail không hợp lệ");
        job.deliverDue();
        job.deliverDue();

        var after = rows(jdbc, tx, council, key).getFirst();
        assertThat(after.state()).isEqualTo("FAILED");
        assertThat(after.attempts()).isEqualTo(1);
    }

    /** The kill -9 guarantee: an instance claimed the message and died; after its lease another delivers it. */
    @Test
    void aMessageClaimedByAnInstanceThatDiedIsDeliveredAfterTheLease() throws Exception {
        GreenMail smtp = NotificationFixture.smtp();
        try {
            String address = TestClient.uniqueUsername("lease") + "@kinh-mon.test";
            String key = "test-lease:" + UUID.randomUUID();
            queue(new Notice(
                    council, new Recipient.Contact(Channel.EMAIL, address), "session-convened", INVITATION, null, key));
            UUID id = rows(jdbc, tx, council, key).getFirst().id();
            Instant now = Instant.now();
            List<ClaimedMessage> taken = Tenancy.call(
                    TenantScope.allCouncils("test: a dying instance"),
                    () -> tx.execute(s ->
                            claims.claim("killed-instance", Set.of(Channel.EMAIL), now, now.plusSeconds(3), 1000)));
            assertThat(taken).extracting(c -> c.delivery().messageId()).contains(id);
            assertThat(rows(jdbc, tx, council, key).getFirst().state()).isEqualTo("SENDING");

            job.deliverDue();
            assertThat(rows(jdbc, tx, council, key).getFirst().state())
                    .as("still leased to the dead instance")
                    .isEqualTo("SENDING");
            assertThat(receivedBy(smtp, address)).isEmpty();

            Thread.sleep(3_200);
            var sent = deliverUntil(job, jdbc, tx, council, key, "SENT");

            assertThat(sent.attempts()).isEqualTo(2);
            assertThat(receivedBy(smtp, address)).hasSize(1);
        } finally {
            smtp.stop();
        }
    }

    @Test
    void aChannelWithoutAnAdapterKeepsItsMessagesQueuedAndSaysWhy() {
        Channel unconfigured = java.util.Arrays.stream(Channel.values())
                .filter(c -> !adapters.configured().contains(c))
                .findFirst()
                .orElse(null);
        assumeTrue(unconfigured != null, "every channel has an adapter");
        String key = "test-unconfigured:" + UUID.randomUUID();
        queue(new Notice(
                council,
                new Recipient.Contact(unconfigured, "zalo-or-phone-0987654321"),
                "petition-received",
                List.of("Kinh Môn", "KM-1111-11"),
                null,
                key));

        job.deliverDue();

        var row = rows(jdbc, tx, council, key).getFirst();
        assertThat(row.state()).isEqualTo("QUEUED");
        assertThat(row.attempts()).isZero();
        assertThat(row.reason()).isEqualTo("kênh chưa được cấu hình");
    }

    @Test
    void nothingWaitingIsSentToAVoterWhoWithdrewConsent() throws Exception {
        String address = TestClient.uniqueUsername("withdrawn") + "@kinh-mon.test";
        String key = "test-withdrawn:" + UUID.randomUUID();
        queue(new Notice(
                council,
                new Recipient.Contact(Channel.EMAIL, address),
                "petition-answered",
                List.of("Kinh Môn", "KM-2222-22"),
                null,
                key));

        int withdrawn = Tenancy.call(
                TenantScope.staffOf(council),
                () -> tx.execute(s -> withdrawals.withdrawn(council, new Recipient.Contact(Channel.EMAIL, address))));
        job.deliverDue();

        assertThat(withdrawn).isEqualTo(1);
        var row = rows(jdbc, tx, council, key).getFirst();
        assertThat(row.state()).isEqualTo("FAILED");
        assertThat(row.attempts()).isZero();
        assertThat(row.reason()).contains("rút lại sự đồng ý");
    }

    private void queue(Notice notice) {
        Tenancy.run(TenantScope.staffOf(notice.council()), () -> tx.executeWithoutResult(s -> outbox.queue(notice)));
    }
}
