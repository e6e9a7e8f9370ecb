package vn.hdndso.petitions.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.hdndso.petitions.internal.ZaloTestEvents.NAM_AN_PHU;
import static vn.hdndso.petitions.internal.ZaloTestEvents.NAM_AN_PHU_APP;
import static vn.hdndso.petitions.internal.ZaloTestEvents.NAM_AN_PHU_SECRET;
import static vn.hdndso.petitions.internal.ZaloTestEvents.PHAM_SU_MANH;

import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import vn.hdndso.shared.tenancy.Tenancy;
import vn.hdndso.shared.tenancy.TenantScope;
import vn.hdndso.support.IntegrationTest;
import vn.hdndso.support.TestClient;

/**
 * Who may call the Zalo OA webhook ({@code POST /api/v1/councils/{slug}/zalo/events}): it is public
 * but signed. Every kind of caller — anonymous, each role of the council, the city admin, an admin of
 * another council — is refused with 401 and registers nothing without the OA's signature, and
 * registers the voter's message (with the tracking code answered) with it: being signed in changes
 * nothing, the signature alone counts.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ZaloAuthorisationIntegrationTest {

    static final String PASSWORD = "Zalo-Auth-Pass-2026";

    enum Who {
        ANONYMOUS,
        CITY_ADMIN,
        COUNCIL_ADMIN,
        CLERK,
        DELEGATE,
        COMMITTEE_MEMBER,
        EXECUTIVE_OFFICER,
        FRONT_OFFICER,
        OTHER_COUNCIL_ADMIN
    }

    @Autowired
    TestClient client;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate transactions;

    final Map<Who, String> users = new EnumMap<>(Who.class);

    @BeforeAll
    void callersOfEveryKind() {
        users.put(Who.CITY_ADMIN, TestClient.ADMIN);
        for (Who who : new Who[] {
            Who.COUNCIL_ADMIN, Who.CLERK, Who.DELEGATE, Who.COMMITTEE_MEMBER, Who.EXECUTIVE_OFFICER, Who.FRONT_OFFICER
        }) {
            String username = TestClient.uniqueUsername("zalo." + who.name().toLowerCase(java.util.Locale.ROOT));
            client.createUser(NAM_AN_PHU, username, PASSWORD, "Người thử Zalo " + who, who.name());
            users.put(who, username);
        }
        String other = TestClient.uniqueUsername("zalo.other");
        client.createUser(PHAM_SU_MANH, other, PASSWORD, "Quản trị xã khác", "COUNCIL_ADMIN");
        users.put(Who.OTHER_COUNCIL_ADMIN, other);
    }

    private @Nullable String password(Who who) {
        return switch (who) {
            case ANONYMOUS -> null;
            case CITY_ADMIN -> TestClient.ADMIN_PASSWORD;
            default -> PASSWORD;
        };
    }

    private int petitionsFrom(String contact) {
        return Objects.requireNonNull(Tenancy.call(
                TenantScope.allCouncils("test: count what the Zalo webhook registered"),
                () -> transactions.execute(s -> jdbc.sql("select count(*) from petition where contact = :c")
                        .param("c", contact)
                        .query(Integer.class)
                        .single())));
    }

    @Test
    void withoutTheOaSignatureEveryCallerGets401AndNothingIsRegistered() {
        for (Who who : Who.values()) {
            String user = ZaloTestEvents.freshId();
            String body = ZaloTestEvents.userText(
                    NAM_AN_PHU_APP,
                    user,
                    ZaloTestEvents.freshId(),
                    "Đề nghị nạo vét kênh tiêu thôn Nam " + PetitionsApiIntegrationTest.marker() + " trước mùa mưa.");
            for (String signature : new String[] {null, ZaloTestEvents.signature(NAM_AN_PHU_APP, body, "wrong")}) {
                var answer = ZaloTestEvents.post(
                        client.baseUrl(), NAM_AN_PHU, body, signature, users.get(who), password(who));
                assertThat(answer.status()).as(who + " signature " + signature).isEqualTo(401);
                assertThat(answer.contentType()).as(who.name()).startsWith("application/problem+json");
                assertThat(answer.body()).as(who.name()).doesNotContain("trackingCode");
            }
            assertThat(petitionsFrom("zalo:" + user)).as(who.name()).isZero();
        }
    }

    @Test
    void withTheOaSignatureEveryCallerRegistersTheVotersMessageAndGetsItsTrackingCode() {
        for (Who who : Who.values()) {
            String user = ZaloTestEvents.freshId();
            String body = ZaloTestEvents.userText(
                    NAM_AN_PHU_APP,
                    user,
                    ZaloTestEvents.freshId(),
                    "Đề nghị sửa cống thoát nước xóm " + PetitionsApiIntegrationTest.marker() + " bị tắc nhiều tháng.");
            var answer = ZaloTestEvents.post(
                    client.baseUrl(),
                    NAM_AN_PHU,
                    body,
                    ZaloTestEvents.signature(NAM_AN_PHU_APP, body, NAM_AN_PHU_SECRET),
                    users.get(who),
                    password(who));
            assertThat(answer.status()).as(who + " " + answer.body()).isEqualTo(200);
            assertThat(answer.json().path("status").asString()).as(who.name()).isEqualTo("REGISTERED");
            assertThat(answer.json().path("trackingCode").asString())
                    .as(who.name())
                    .hasSize(10);
            assertThat(petitionsFrom("zalo:" + user)).as(who.name()).isEqualTo(1);
        }
    }
}
