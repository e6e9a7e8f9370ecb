package vn.hdndso.sessions.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
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
 * A delegate without an account is invited through the e-mail on their delegate record; a
 * convened session's pack is announced to the delegates with an account once the clerk has stopped
 * adding to it, once per version of the pack.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DelegateNoticesIntegrationTest {

    static final String SLUG = "gia-vien";
    static final String PASSWORD = "Delegate-Notices-2026";

    @Autowired
    TestClient client;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate tx;

    @Autowired
    Councils councils;

    @Autowired
    Clock clock;

    @Autowired
    PackReadyNotices packReady;

    CouncilId council;
    String chair;
    String clerk;
    String delegateWithAccount;
    String withoutAccount;
    String withoutAccountEmail;

    record Row(String key, @Nullable UUID account, String channel, String address, String subject, String body) {}

    @BeforeAll
    void setUp() {
        council = councils.requireBySlug(SLUG).id();
        chair = TestClient.uniqueUsername("dn.chair");
        client.createUser(SLUG, chair, PASSWORD, "Chủ tọa thử", "COUNCIL_ADMIN");
        clerk = TestClient.uniqueUsername("dn.clerk");
        client.createUser(SLUG, clerk, PASSWORD, "Văn thư thử", "CLERK");
        delegateWithAccount = TestClient.uniqueUsername("dn.delegate");
        client.createUser(SLUG, delegateWithAccount, PASSWORD, "Đại biểu có tài khoản", "DELEGATE");
        withoutAccountEmail = TestClient.uniqueUsername("dn.nologin") + "@gia-vien.test";
        var created = client.postJson(
                "/api/v1/councils/" + SLUG + "/delegates",
                Map.of("fullName", "Trần Thị Không Tài Khoản", "email", withoutAccountEmail),
                TestClient.ADMIN,
                TestClient.ADMIN_PASSWORD);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        withoutAccount = created.json().get("id").asString();
    }

    private String base() {
        return "/api/v1/councils/" + SLUG + "/sessions";
    }

    private String convenedSession(String title) {
        LocalDate day = VnTime.today(clock).plusDays(30);
        var created = client.postJson(
                base(),
                Map.of("title", title, "startsAt", day + "T08:00:00+07:00", "kind", "REGULAR"),
                clerk,
                PASSWORD);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String id = created.json().get("id").asString();
        var convened = client.request("POST", base() + "/" + id + "/convene", null, chair, PASSWORD);
        assertThat(convened.status()).as(convened.body()).isEqualTo(200);
        return id;
    }

    private List<Row> rows(String keyPrefix) {
        return Tenancy.call(
                TenantScope.allCouncils("test: read the outbox"),
                () -> Objects.requireNonNull(tx.execute(s -> jdbc.sql("""
                                select idempotency_key, account_id, channel, address, subject, body
                                  from notification_message
                                 where council_id = :c and idempotency_key like :k
                                 order by idempotency_key, channel""")
                        .param("c", council.value())
                        .param("k", keyPrefix + "%")
                        .query((rs, n) -> new Row(
                                rs.getString(1),
                                rs.getObject(2, UUID.class),
                                rs.getString(3),
                                rs.getString(4),
                                rs.getString(5),
                                rs.getString(6)))
                        .list())));
    }

    private void upload(String session, String title) throws IOException {
        var added = client.postMultipart(
                base() + "/" + session + "/pack?title=" + java.net.URLEncoder.encode(title, "UTF-8"),
                List.of(TestClient.Part.file("file", "tai-lieu.pdf", "application/pdf", pdf(title))),
                clerk,
                PASSWORD);
        assertThat(added.status()).as(added.body()).isEqualTo(201);
    }

    /** Lets the pack rest: its documents were added an hour ago. */
    private void rest(String session) {
        Tenancy.call(
                TenantScope.allCouncils("test: the pack rested"),
                () -> tx.execute(s -> jdbc.sql(
                                "update pack_document set added_at = now() - interval '1 hour' where session_id = :s")
                        .param("s", UUID.fromString(session))
                        .update()));
    }

    private static byte[] pdf(String text) throws IOException {
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage();
            document.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                content.beginText();
                content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                content.newLineAtOffset(72, 700);
                content.showText("Tai lieu ky hop: " + text.replaceAll("[^A-Za-z0-9 ]", ""));
                content.endText();
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        }
    }

    @Test
    void aDelegateWithoutAnAccountIsInvitedThroughTheEmailOnTheirRecord() {
        String session = convenedSession("Kỳ họp thứ hai (thử giấy mời)");

        List<Row> invitation = rows("session:" + session + ":convened:" + withoutAccount);

        assertThat(invitation).hasSize(1);
        Row row = invitation.getFirst();
        assertThat(row.account()).isNull();
        assertThat(row.channel()).isEqualTo("EMAIL");
        assertThat(row.address()).isEqualTo(withoutAccountEmail);
        assertThat(row.subject()).isEqualTo("Giấy mời: Kỳ họp thứ hai (thử giấy mời)");
        assertThat(row.body())
                .startsWith("Thường trực HĐND " + councils.require(council).name() + " trân trọng kính mời đại biểu dự"
                        + " Kỳ họp thứ hai (thử giấy mời)");
        assertThat(rows("session:" + session + ":convened:"))
                .as("the delegate with an account too, through their account")
                .anyMatch(r -> r.account() != null);
    }

    @Test
    void aRestedPackIsAnnouncedOncePerVersionToDelegatesWithAnAccount() throws IOException {
        String session = convenedSession("Kỳ họp thứ ba (thử tài liệu)");
        upload(session, "To trinh ngan sach");

        packReady.announce();
        assertThat(rows("session:" + session + ":pack:"))
                .as("still being filled: nothing yet")
                .isEmpty();

        rest(session);
        packReady.announce();
        List<Row> first = rows("session:" + session + ":pack:");
        assertThat(first).isNotEmpty().allMatch(r -> r.account() != null);
        assertThat(first)
                .as("read in the app: not to the delegate without an account")
                .noneMatch(r -> r.address().equals(withoutAccountEmail));
        assertThat(first.getFirst().subject()).isEqualTo("Tài liệu kỳ họp: Kỳ họp thứ ba (thử tài liệu)");
        assertThat(first.getFirst().body()).contains("(1 tài liệu)");

        packReady.announce();
        assertThat(rows("session:" + session + ":pack:")).as("once per version").hasSameSizeAs(first);

        upload(session, "Du thao nghi quyet");
        rest(session);
        packReady.announce();
        List<Row> second = rows("session:" + session + ":pack:");
        assertThat(second).hasSize(first.size() * 2);
        assertThat(second).anyMatch(r -> r.body().contains("(2 tài liệu)"));
    }
}
