package vn.hdndso.webhooks.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionTemplate;
import vn.hdndso.councils.Council;
import vn.hdndso.councils.Councils;
import vn.hdndso.identity.ApiKeys;
import vn.hdndso.shared.CouncilId;
import vn.hdndso.shared.InvalidInputException;
import vn.hdndso.shared.tenancy.Tenancy;
import vn.hdndso.shared.tenancy.TenantScope;
import vn.hdndso.support.IntegrationTest;
import vn.hdndso.webhooks.NewSubscription;
import vn.hdndso.webhooks.TargetPolicy;
import vn.hdndso.webhooks.WebhookEvent;
import vn.hdndso.webhooks.Webhooks;

/**
 * With private targets not allowed (as in production; the test profile allows them for its local
 * receivers), a subscription to a loopback address is refused naming {@code url} and nothing is
 * stored; a delivery whose address resolves to one is not sent.
 */
@IntegrationTest
class WebhookTargetsIntegrationTest {

    @Autowired
    SubscriptionRepository subscriptions;

    @Autowired
    DeliveryRepository deliveries;

    @Autowired
    SecretSealing sealing;

    @Autowired
    ApiKeys apiKeys;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    Clock clock;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    Councils councils;

    @Autowired
    Webhooks webhooks;

    @Autowired
    WebhooksProperties properties;

    CouncilId haNam() {
        return Tenancy.call(TenantScope.allCouncils("test"), () -> councils.requireBySlug("ha-nam"))
                .id();
    }

    @Test
    void aLoopbackTargetIsRefusedWhenPrivateTargetsAreNotAllowed() {
        CouncilId council = haNam();
        var strict = new WebhookDesk(
                subscriptions, deliveries, sealing, new TargetPolicy(false), TargetPolicy.DNS, apiKeys, events, clock);
        for (String url : List.of("http://127.0.0.1:9/hook", "http://localhost:8080/hook", "http://10.0.0.1/")) {
            assertThatThrownBy(() -> Tenancy.run(
                            new TenantScope.StaffCouncil(council),
                            () -> transactions.executeWithoutResult(status -> strict.subscribe(
                                    council,
                                    new NewSubscription(
                                            url, List.of("DocumentIssued"), "0123456789abcdef-secret", null)))))
                    .as(url)
                    .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                        assertThat(e.problems()).hasSize(1);
                        assertThat(e.problems().getFirst().field()).isEqualTo("url");
                        assertThat(e.problems().getFirst().messageKey()).isEqualTo("webhooks.url.private");
                    });
        }
        var stored = Tenancy.call(new TenantScope.StaffCouncil(council), () -> webhooks.list(council));
        assertThat(stored).extracting(s -> s.url()).doesNotContain("http://127.0.0.1:9/hook", "http://10.0.0.1/");
    }

    @Test
    void aDeliveryToAnAddressThatNowResolvesPrivatelyIsNotSent() {
        var strictSender = new WebhookSender(properties, new TargetPolicy(false), TargetPolicy.DNS, clock);
        Council council = Tenancy.call(TenantScope.allCouncils("test"), () -> councils.requireBySlug("ha-nam"));
        var claimed = new DeliveryRepository.Claimed(
                UUID.randomUUID(),
                council.id(),
                UUID.randomUUID(),
                "http://127.0.0.1:9/hook",
                "unused",
                WebhookEvent.DOCUMENT_ISSUED,
                "{}",
                0,
                Instant.now(),
                false);
        WebhookSender.Result result = strictSender.send(claimed, "0123456789abcdef");
        assertThat(result.delivered()).isFalse();
        assertThat(result.status()).isNull();
        assertThat(result.error()).contains("webhooks.url.private");
    }

    @Test
    void secretsAreSealedAtRest() {
        String sealed = sealing.seal("bí-mật-0123456789");
        assertThat(sealed).startsWith("v1:").doesNotContain("bí-mật");
        assertThat(sealing.seal("bí-mật-0123456789")).isNotEqualTo(sealed);
        assertThat(sealing.open(sealed)).isEqualTo("bí-mật-0123456789");
    }
}
