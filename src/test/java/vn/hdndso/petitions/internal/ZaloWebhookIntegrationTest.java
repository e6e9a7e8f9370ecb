package vn.hdndso.petitions.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.hdndso.petitions.internal.ZaloTestEvents.NAM_AN_PHU;
import static vn.hdndso.petitions.internal.ZaloTestEvents.NAM_AN_PHU_APP;
import static vn.hdndso.petitions.internal.ZaloTestEvents.NAM_AN_PHU_SECRET;
import static vn.hdndso.petitions.internal.ZaloTestEvents.PHAM_SU_MANH_APP;
import static vn.hdndso.petitions.internal.ZaloTestEvents.PHAM_SU_MANH_SECRET;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import vn.hdndso.shared.tenancy.Tenancy;
import vn.hdndso.shared.tenancy.TenantScope;
import vn.hdndso.support.IntegrationTest;
import vn.hdndso.support.TestClient;

/** A voter writes to the council's Zalo OA: a petition with channel ZALO and the tracking code back (issue 16). */
@IntegrationTest
class ZaloWebhookIntegrationTest {

    @Autowired
    TestClient client;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate transactions;

    private List<Map<String, Object>> rows(String sql, Map<String, ?> params) {
        return Objects.requireNonNull(Tenancy.call(
                TenantScope.allCouncils("test: read what the Zalo webhook registered"),
                () -> transactions.execute(s -> {
                    var statement = jdbc.sql(sql);
                    for (var e : params.entrySet()) {
                        statement = statement.param(e.getKey(), e.getValue());
                    }
                    return statement.query().listOfRows();
                })));
    }

    private List<Map<String, Object>> petitionsOf(String contact) {
        return rows(
                "select p.tracking_code, p.channel, p.content, p.contact, p.consent_purpose, p.consent_at, c.slug"
                        + " from petition p join council c on c.id = p.council_id where p.contact = :contact",
                Map.of("contact", contact));
    }

    @Test
    void aSignedVoterMessageBecomesAZaloPetitionAndTheVoterGetsTheTrackingCodeOnce() {
        String user = ZaloTestEvents.freshId();
        String messageId = ZaloTestEvents.freshId();
        String text = "Kính gửi HĐND xã: đoạn đường liên thôn Đồng Tâm " + PetitionsApiIntegrationTest.marker()
                + " bị sụt lún sau mưa lớn, đề nghị sớm sửa chữa để học sinh đi lại an toàn.";
        String body = ZaloTestEvents.userText(NAM_AN_PHU_APP, user, messageId, text);
        String signature = ZaloTestEvents.signature(NAM_AN_PHU_APP, body, NAM_AN_PHU_SECRET);

        var answer = ZaloTestEvents.post(client.baseUrl(), NAM_AN_PHU, body, signature, null, null);

        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        assertThat(answer.json().path("status").asString()).isEqualTo("REGISTERED");
        String code = answer.json().path("trackingCode").asString();
        var petitions = petitionsOf("zalo:" + user);
        assertThat(petitions).hasSize(1);
        var petition = petitions.getFirst();
        assertThat(petition.get("tracking_code")).isEqualTo(code);
        assertThat(petition.get("channel")).isEqualTo("ZALO");
        assertThat(petition.get("content")).isEqualTo(text);
        assertThat(petition.get("slug")).isEqualTo(NAM_AN_PHU);
        assertThat(petition.get("consent_purpose")).isEqualTo(ZaloAccounts.DEFAULT_PURPOSE);
        assertThat(petition.get("consent_at")).isNotNull();

        var received = rows(
                "select n.kind, n.recipient, n.message from petition_notification n join petition p"
                        + " on p.id = n.petition_id where p.tracking_code = :code",
                Map.of("code", code));
        assertThat(received).hasSize(1);
        assertThat(received.getFirst().get("kind")).isEqualTo("RECEIVED");
        assertThat(received.getFirst().get("recipient")).isEqualTo("zalo:" + user);
        assertThat((String) received.getFirst().get("message"))
                .contains("Mã tra cứu: " + TrackingCodes.display(code))
                .contains("Nam An Phụ");

        // Zalo delivers the same message again: nothing more is registered or sent
        var again = ZaloTestEvents.post(client.baseUrl(), NAM_AN_PHU, body, signature, null, null);
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.json().path("status").asString()).isEqualTo("ALREADY_REGISTERED");
        assertThat(petitionsOf("zalo:" + user)).hasSize(1);
        assertThat(rows("select n.id from petition_notification n where n.recipient = :r", Map.of("r", "zalo:" + user)))
                .hasSize(1);
    }

    @Test
    void aWrongOrMissingSignatureIs401AndNothingIsRegistered() {
        String user = ZaloTestEvents.freshId();
        String body = ZaloTestEvents.userText(
                NAM_AN_PHU_APP,
                user,
                ZaloTestEvents.freshId(),
                "Đề nghị lắp đèn chiếu sáng ngõ 12 thôn Bắc " + PetitionsApiIntegrationTest.marker());
        String signedWithAnotherKey = ZaloTestEvents.signature(NAM_AN_PHU_APP, body, "not-the-secret");
        String signedForOtherBody = ZaloTestEvents.signature(NAM_AN_PHU_APP, body + " ", NAM_AN_PHU_SECRET);

        for (String signature : new String[] {signedWithAnotherKey, signedForOtherBody, "mac=", "garbage"}) {
            var answer = ZaloTestEvents.post(client.baseUrl(), NAM_AN_PHU, body, signature, null, null);
            assertThat(answer.status()).as(signature).isEqualTo(401);
            assertThat(answer.contentType()).startsWith("application/problem+json");
            assertThat(answer.json().path("detail").asString())
                    .contains("X-ZEvent-Signature")
                    .contains("không");
        }
        var unsigned = ZaloTestEvents.post(client.baseUrl(), NAM_AN_PHU, body, null, null, null);
        assertThat(unsigned.status()).isEqualTo(401);
        // signed correctly by another council's OA: not this council's event
        var otherOa = ZaloTestEvents.post(
                client.baseUrl(),
                NAM_AN_PHU,
                body,
                ZaloTestEvents.signature(PHAM_SU_MANH_APP, body, PHAM_SU_MANH_SECRET),
                null,
                null);
        assertThat(otherOa.status()).isEqualTo(401);

        assertThat(petitionsOf("zalo:" + user)).isEmpty();
    }

    @Test
    void otherEventsAreAcknowledgedAndIgnoredAndACouncilWithoutAnOaHasNoWebhook() {
        String body = "{\"app_id\":\"" + NAM_AN_PHU_APP + "\",\"event_name\":\"follow\",\"timestamp\":\""
                + System.currentTimeMillis() + "\",\"follower\":{\"id\":\"" + ZaloTestEvents.freshId() + "\"}}";
        var follow = ZaloTestEvents.post(
                client.baseUrl(),
                NAM_AN_PHU,
                body,
                ZaloTestEvents.signature(NAM_AN_PHU_APP, body, NAM_AN_PHU_SECRET),
                null,
                null);
        assertThat(follow.status()).isEqualTo(200);
        assertThat(follow.json().path("status").asString()).isEqualTo("IGNORED");
        assertThat(follow.json().path("event").asString()).isEqualTo("follow");

        var none = ZaloTestEvents.post(
                client.baseUrl(),
                "lac-phuong",
                body,
                ZaloTestEvents.signature(NAM_AN_PHU_APP, body, NAM_AN_PHU_SECRET),
                null,
                null);
        assertThat(none.status()).isEqualTo(404);
        assertThat(none.json().path("detail").asString()).contains("Zalo");
    }

    @Test
    void aMessageTooShortToBeAPetitionIsRefusedWithAReasonAndNotRegistered() {
        String user = ZaloTestEvents.freshId();
        String body = ZaloTestEvents.userText(NAM_AN_PHU_APP, user, ZaloTestEvents.freshId(), "hi");
        var answer = ZaloTestEvents.post(
                client.baseUrl(),
                NAM_AN_PHU,
                body,
                ZaloTestEvents.signature(NAM_AN_PHU_APP, body, NAM_AN_PHU_SECRET),
                null,
                null);
        assertThat(answer.status()).isBetween(400, 422);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        assertThat(petitionsOf("zalo:" + user)).isEmpty();
    }

    @Test
    void onlyTheSignedWebhookMayRegisterAZaloPetitionOrAZaloContact() {
        String user = ZaloTestEvents.freshId();
        String text = "Đề nghị sửa cầu tạm qua kênh " + PetitionsApiIntegrationTest.marker() + " đã xuống cấp.";
        var claimingZalo = client.postJson(
                "/api/v1/councils/" + NAM_AN_PHU + "/petitions",
                Map.of("content", text, "contact", "zalo:" + user, "consent", true, "channel", "ZALO"));
        assertThat(claimingZalo.status()).as(claimingZalo.body()).isEqualTo(400);
        assertThat(claimingZalo.body()).contains("channel");

        var zaloContactOnTheWeb = client.postJson(
                "/api/v1/councils/" + NAM_AN_PHU + "/petitions",
                Map.of("content", text, "contact", "zalo:" + user, "consent", true, "channel", "WEB"));
        assertThat(zaloContactOnTheWeb.status()).as(zaloContactOnTheWeb.body()).isEqualTo(400);
        assertThat(zaloContactOnTheWeb.body()).contains("contact");

        assertThat(petitionsOf("zalo:" + user)).isEmpty();
    }
}
