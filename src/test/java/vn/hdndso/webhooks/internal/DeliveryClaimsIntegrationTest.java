package vn.hdndso.webhooks.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;
import vn.hdndso.councils.Councils;
import vn.hdndso.shared.CouncilId;
import vn.hdndso.shared.tenancy.Tenancy;
import vn.hdndso.shared.tenancy.TenantScope;
import vn.hdndso.support.IntegrationTest;
import vn.hdndso.webhooks.Subscription;
import vn.hdndso.webhooks.WebhookEvent;

/**
 * Two instances claiming at the same time never get the same delivery (FOR UPDATE SKIP LOCKED), a
 * claimed delivery is left alone while its lease runs, and taken up again once it ran out. The
 * deliveries are due a day from now, so the application's own job does not touch them.
 */
@IntegrationTest
class DeliveryClaimsIntegrationTest {

    @Autowired
    SubscriptionRepository subscriptions;

    @Autowired
    DeliveryRepository deliveries;

    @Autowired
    SecretSealing sealing;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    Councils councils;

    <T> T allCouncils(java.util.function.Supplier<T> work) {
        return Tenancy.call(
                TenantScope.allCouncils("test"), () -> Objects.requireNonNull(transactions.execute(s -> work.get())));
    }

    @Test
    void twoInstancesNeverClaimTheSameDeliveryAndALeaseHoldsUntilItRunsOut() throws Exception {
        CouncilId council = allCouncils(() -> councils.requireBySlug("ha-nam")).id();
        Instant due = Instant.now().plus(Duration.ofDays(1));
        List<UUID> subs = List.of(UUID.randomUUID(), UUID.randomUUID());
        allCouncils(() -> {
            for (UUID id : subs) {
                subscriptions.insert(
                        new Subscription(
                                id,
                                council,
                                "https://example.gov.vn/claims-test",
                                EnumSet.of(WebhookEvent.DOCUMENT_ISSUED),
                                true,
                                null,
                                "test",
                                Instant.now(),
                                Instant.now()),
                        sealing.seal("0123456789abcdef"));
                for (int i = 0; i < 3; i++) {
                    deliveries.insert(
                            new DeliveryRepository.NewDelivery(
                                    UUID.randomUUID(),
                                    council,
                                    id,
                                    WebhookEvent.DOCUMENT_ISSUED,
                                    "claims-test-" + id + "-" + i,
                                    "{}"),
                            due);
                }
            }
            return 0;
        });
        try {
            Instant at = due.plusSeconds(1);
            Instant leaseUntil = at.plus(Duration.ofMinutes(2));
            CountDownLatch firstClaimed = new CountDownLatch(1);
            CountDownLatch secondDone = new CountDownLatch(1);
            // instance A claims and keeps its transaction open until B has tried
            CompletableFuture<List<DeliveryRepository.Claimed>> a =
                    CompletableFuture.supplyAsync(() -> allCouncils(() -> {
                        var mine = mineOf(deliveries.claim(10, at, leaseUntil, Set.of(), subs), subs);
                        firstClaimed.countDown();
                        await(secondDone);
                        return mine;
                    }));
            assertThat(firstClaimed.await(10, TimeUnit.SECONDS)).isTrue();
            List<DeliveryRepository.Claimed> b =
                    allCouncils(() -> mineOf(deliveries.claim(10, at, leaseUntil, Set.of(), subs), subs));
            secondDone.countDown();
            List<DeliveryRepository.Claimed> claimedByA = a.get(10, TimeUnit.SECONDS);
            assertThat(claimedByA).hasSize(2); // one per subscription
            assertThat(claimedByA)
                    .extracting(DeliveryRepository.Claimed::subscriptionId)
                    .containsExactlyInAnyOrderElementsOf(subs);
            assertThat(b).isEmpty();
            // after A committed: its leases keep both subscriptions' deliveries to A
            assertThat(allCouncils(
                            () -> mineOf(deliveries.claim(10, at.plusSeconds(60), leaseUntil, Set.of(), subs), subs)))
                    .isEmpty();
            // A died: once the lease ran out, the same deliveries are claimed again
            List<DeliveryRepository.Claimed> retaken = allCouncils(() -> mineOf(
                    deliveries.claim(10, leaseUntil.plusSeconds(1), leaseUntil.plusSeconds(300), Set.of(), subs),
                    subs));
            assertThat(retaken).hasSize(2);
            assertThat(retaken)
                    .extracting(DeliveryRepository.Claimed::id)
                    .containsExactlyInAnyOrderElementsOf(claimedByA.stream()
                            .map(DeliveryRepository.Claimed::id)
                            .toList());
        } finally {
            allCouncils(() -> {
                subs.forEach(id -> subscriptions.delete(council, id));
                return 0;
            });
        }
    }

    static List<DeliveryRepository.Claimed> mineOf(List<DeliveryRepository.Claimed> claimed, List<UUID> subs) {
        return claimed.stream().filter(c -> subs.contains(c.subscriptionId())).toList();
    }

    static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
