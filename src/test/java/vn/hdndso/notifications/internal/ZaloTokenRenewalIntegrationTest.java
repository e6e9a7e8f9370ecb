package vn.hdndso.notifications.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import vn.hdndso.councils.Councils;
import vn.hdndso.notifications.Channel;
import vn.hdndso.notifications.Delivery;
import vn.hdndso.notifications.DeliveryOutcome;
import vn.hdndso.shared.CouncilId;
import vn.hdndso.shared.tenancy.Tenancy;
import vn.hdndso.shared.tenancy.TenantScope;
import vn.hdndso.support.IntegrationTest;

/**
 * The Zalo OA access token renews itself against a local server speaking Zalo's OAuth v4 and OA
 * message shapes: from the configured refresh token, before expiry, after an invalid-token answer; the
 * tokens are stored sealed and never logged.
 */
@IntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class ZaloTokenRenewalIntegrationTest {

    static final String SLUG = "ngo-quyen";
    static final String APP_ID = "4318201995020077";
    static final String APP_SECRET = "app-secret-ngo-quyen-" + UUID.randomUUID();

    @Autowired
    ZaloTokenStore store;

    @Autowired
    TransactionTemplate tx;

    @Autowired
    MessageSource messages;

    @Autowired
    Councils councils;

    @Autowired
    JdbcClient jdbc;

    CouncilId council;
    String firstRefresh;
    ZaloOaTestServer zalo;

    @BeforeEach
    void setUp() {
        council = councils.requireBySlug(SLUG).id();
        firstRefresh = "rt-first-" + UUID.randomUUID();
        zalo = new ZaloOaTestServer(APP_ID, APP_SECRET, firstRefresh);
        inAllCouncils(() -> tx.execute(s -> jdbc.sql("delete from zalo_oa_token where council_id = :c")
                .param("c", council.value())
                .update()));
    }

    @AfterEach
    void stop() {
        zalo.close();
    }

    private ZaloProperties properties(String refreshToken) {
        return new ZaloProperties(
                true,
                zalo.url(),
                null,
                Duration.ofSeconds(3),
                zalo.url(),
                Map.of(SLUG, new ZaloProperties.App(APP_ID, APP_SECRET, refreshToken)),
                null,
                Duration.ofHours(1));
    }

    private RenewingZaloTokens tokens(ZaloProperties properties, Clock clock) {
        return new RenewingZaloTokens(
                properties,
                id -> councils.require(id).slug(),
                store,
                new ZaloOAuthClient(properties),
                tx,
                messages,
                clock);
    }

    private ZaloOaAdapter adapter(String refreshToken) {
        ZaloProperties properties = properties(refreshToken);
        return new ZaloOaAdapter(properties, tokens(properties, Clock.systemUTC()), messages);
    }

    private Delivery delivery(String text) {
        return new Delivery(UUID.randomUUID(), council, Channel.ZALO, "zalo:2468101214161820", "Chủ đề", text, null);
    }

    private static <T> T inAllCouncils(java.util.function.Supplier<T> work) {
        return Tenancy.call(TenantScope.allCouncils("test: Zalo tokens"), work);
    }

    private Map<String, Object> storedRow() {
        return inAllCouncils(() -> Objects.requireNonNull(tx.execute(
                s -> jdbc.sql("select access_token, refresh_token, expires_at from zalo_oa_token where council_id = :c")
                        .param("c", council.value())
                        .query()
                        .singleRow())));
    }

    @Test
    void theFirstMessageRenewsFromTheConfiguredRefreshTokenAndTheTokensAreKeptSealedAndUnlogged(CapturedOutput output) {
        ZaloOaAdapter adapter = adapter(firstRefresh);

        DeliveryOutcome outcome = adapter.deliver(delivery("HĐND phường Ngô Quyền: Mã tra cứu K7QM-2XRT."));

        assertThat(outcome).isEqualTo(new DeliveryOutcome.Delivered("m-1"));
        assertThat(zalo.texts).containsExactly("HĐND phường Ngô Quyền: Mã tra cứu K7QM-2XRT.");
        assertThat(zalo.renewals).hasSize(1);
        var renewal = zalo.renewals.getFirst();
        assertThat(renewal)
                .containsEntry("refresh_token", firstRefresh)
                .containsEntry("app_id", APP_ID)
                .containsEntry("grant_type", "refresh_token")
                .containsEntry("secret_key", APP_SECRET);
        assertThat(renewal.get("content-type")).startsWith("application/x-www-form-urlencoded");
        String access = zalo.currentAccessToken();
        assertThat(zalo.sentWith).containsExactly(access);

        Map<String, Object> row = storedRow();
        assertThat(String.valueOf(row.get("access_token"))).startsWith("v1:").doesNotContain(access);
        assertThat(String.valueOf(row.get("refresh_token")))
                .startsWith("v1:")
                .doesNotContain(zalo.currentRefreshToken());
        Instant expires = ((java.sql.Timestamp) Objects.requireNonNull(row.get("expires_at"))).toInstant();
        assertThat(expires)
                .isBetween(Instant.now().plusSeconds(89_000), Instant.now().plusSeconds(90_100));

        assertThat(adapter.deliver(delivery("Tin thứ hai"))).isEqualTo(new DeliveryOutcome.Delivered("m-2"));
        assertThat(zalo.renewals).as("a fresh stored token is used as it is").hasSize(1);

        assertThat(output.getAll())
                .contains("Zalo OA access token of ngo-quyen renewed")
                .doesNotContain(access)
                .doesNotContain(firstRefresh)
                .doesNotContain(zalo.currentRefreshToken())
                .doesNotContain(APP_SECRET);
    }

    @Test
    void anInvalidTokenAnswerRenewsWithTheRotatedRefreshTokenAndTheMessageIsSentAgain() {
        ZaloOaAdapter adapter = adapter(firstRefresh);
        assertThat(adapter.deliver(delivery("Một"))).isInstanceOf(DeliveryOutcome.Delivered.class);
        String refused = zalo.currentAccessToken();
        String rotated = zalo.currentRefreshToken();
        zalo.revokeAccessToken();

        DeliveryOutcome outcome = adapter.deliver(delivery("Hai"));

        assertThat(outcome).isEqualTo(new DeliveryOutcome.Delivered("m-2"));
        assertThat(zalo.renewals).hasSize(2);
        assertThat(zalo.renewals.get(1)).containsEntry("refresh_token", rotated);
        assertThat(zalo.sentWith.subList(1, 3)).containsExactly(refused, zalo.currentAccessToken());
        assertThat(zalo.texts).containsExactly("Một", "Hai");
    }

    @Test
    void aTokenNearItsExpiryIsRenewedByTheJobBeforeZaloRefusesIt() {
        zalo.expiresIn = "7200"; // two hours
        assertThat(adapter(firstRefresh).deliver(delivery("Một"))).isInstanceOf(DeliveryOutcome.Delivered.class);
        ZaloProperties properties = properties(firstRefresh);
        new ZaloTokenRenewalJob(properties, tokens(properties, Clock.systemUTC()), councils).renewDue();
        assertThat(zalo.renewals).as("still two hours: nothing to renew").hasSize(1);

        Clock later = Clock.offset(Clock.systemUTC(), Duration.ofMinutes(70)); // 50 minutes left
        new ZaloTokenRenewalJob(properties, tokens(properties, later), councils).renewDue();

        assertThat(zalo.renewals).hasSize(2);
        ZaloOaAdapter adapter = new ZaloOaAdapter(properties, tokens(properties, later), messages);
        assertThat(adapter.deliver(delivery("Hai"))).isEqualTo(new DeliveryOutcome.Delivered("m-2"));
        assertThat(zalo.sentWith.getLast()).isEqualTo(zalo.currentAccessToken());
    }

    @Test
    void aRefusedRenewalKeepsTheMessageWaitingWithAVietnameseReasonAndNoSecret() {
        zalo.refuseRenewals = true;

        DeliveryOutcome outcome = adapter(firstRefresh).deliver(delivery("Một"));

        assertThat(outcome).isInstanceOf(DeliveryOutcome.RetryLater.class);
        String reason = ((DeliveryOutcome.RetryLater) outcome).reason();
        assertThat(reason)
                .contains("không gia hạn được mã truy cập")
                .contains("-14014")
                .contains(SLUG)
                .doesNotContain(firstRefresh);
        assertThat(zalo.sentWith).as("nothing sent without a token").isEmpty();
    }

    @Test
    void aNewlyConfiguredRefreshTokenStartsANewChain() {
        assertThat(adapter(firstRefresh).deliver(delivery("Một"))).isInstanceOf(DeliveryOutcome.Delivered.class);
        String reauthorised = zalo.authoriseAgain(); // the stored chain's refresh token is no longer good

        DeliveryOutcome outcome = adapter(reauthorised).deliver(delivery("Hai"));

        assertThat(outcome).isEqualTo(new DeliveryOutcome.Delivered("m-2"));
        assertThat(zalo.renewals).hasSize(2);
        assertThat(zalo.renewals.get(1)).containsEntry("refresh_token", reauthorised);
    }
}
