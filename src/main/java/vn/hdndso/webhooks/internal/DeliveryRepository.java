package vn.hdndso.webhooks.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.hdndso.shared.CouncilId;
import vn.hdndso.webhooks.Delivery;
import vn.hdndso.webhooks.DeliveryState;
import vn.hdndso.webhooks.WebhookEvent;

/**
 * Deliveries and their attempts. The job claims due deliveries with {@code FOR UPDATE SKIP LOCKED}
 * and a lease, so that several instances never send the same delivery at once, and a delivery
 * claimed by an instance that died is taken up again when its lease runs out.
 */
@Repository
class DeliveryRepository {

    private final JdbcClient jdbc;

    DeliveryRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A delivery to store; nothing is stored if the subscription already has one for the event key. */
    record NewDelivery(
            UUID id, CouncilId council, UUID subscriptionId, WebhookEvent event, String eventKey, String body) {}

    boolean insert(NewDelivery d, Instant now) {
        return jdbc.sql("""
                        insert into webhook_delivery (id, council_id, subscription_id, event, event_key, body, state,
                          next_attempt_at, created_at, started_at)
                        values (:id, :council, :subscription, :event, :key, :body, 'PENDING', :now, :now, :now)
                        on conflict (subscription_id, event_key) do nothing""")
                        .param("id", d.id())
                        .param("council", d.council().value())
                        .param("subscription", d.subscriptionId())
                        .param("event", d.event().wireName())
                        .param("key", d.eventKey())
                        .param("body", d.body())
                        .param("now", Timestamp.from(now))
                        .update()
                > 0;
    }

    /** A delivery claimed for sending, with what sending needs. */
    record Claimed(
            UUID id,
            CouncilId council,
            UUID subscriptionId,
            String url,
            String sealedSecret,
            WebhookEvent event,
            String body,
            int attempts,
            Instant startedAt,
            boolean replayed) {}

    /**
     * Claims up to {@code limit} due deliveries, at most one per subscription and none of a
     * subscription that has a delivery in flight (here: {@code busy}; elsewhere: a live lease).
     * Call it in a transaction; the claim holds until {@code leaseUntil}.
     */
    List<Claimed> claim(int limit, Instant now, Instant leaseUntil, Collection<UUID> busy) {
        return claim(limit, now, leaseUntil, busy, null);
    }

    /** The same, among the deliveries of the given subscriptions only (null: all). */
    List<Claimed> claim(
            int limit, Instant now, Instant leaseUntil, Collection<UUID> busy, @Nullable Collection<UUID> only) {
        List<UUID> excluded = busy.isEmpty() ? List.of(new UUID(0, 0)) : List.copyOf(busy);
        List<UUID> among = only == null || only.isEmpty() ? List.of(new UUID(0, 0)) : List.copyOf(only);
        List<Claimed> candidates = jdbc.sql("""
                        select d.id, d.council_id, d.subscription_id, s.url, s.secret_sealed, d.event, d.body,
                          d.attempts, d.started_at, d.replayed
                        from webhook_delivery d join webhook_subscription s on s.id = d.subscription_id
                        where d.state = 'PENDING' and d.next_attempt_at <= :now and s.active
                          and (d.leased_until is null or d.leased_until < :now)
                          and d.subscription_id not in (:busy)
                          and (:all or d.subscription_id in (:among))
                          and not exists (select 1 from webhook_delivery x where x.subscription_id = d.subscription_id
                                          and x.state = 'PENDING' and x.leased_until >= :now)
                        order by d.next_attempt_at, d.created_at
                        limit :candidates
                        for update of d skip locked""")
                .param("now", Timestamp.from(now))
                .param("busy", excluded)
                .param("all", only == null)
                .param("among", among)
                .param("candidates", limit * 4)
                .query((rs, row) -> new Claimed(
                        rs.getObject("id", UUID.class),
                        new CouncilId(rs.getObject("council_id", UUID.class)),
                        rs.getObject("subscription_id", UUID.class),
                        rs.getString("url"),
                        rs.getString("secret_sealed"),
                        WebhookEvent.ofWireName(rs.getString("event")).orElseThrow(),
                        rs.getString("body"),
                        rs.getInt("attempts"),
                        rs.getTimestamp("started_at").toInstant(),
                        rs.getBoolean("replayed")))
                .list();
        List<Claimed> chosen = new ArrayList<>();
        Set<UUID> subscriptions = new HashSet<>();
        for (Claimed c : candidates) {
            if (chosen.size() < limit && subscriptions.add(c.subscriptionId())) {
                chosen.add(c);
            }
        }
        if (!chosen.isEmpty()) {
            jdbc.sql("update webhook_delivery set leased_until = :until where id in (:ids)")
                    .param("until", Timestamp.from(leaseUntil))
                    .param("ids", chosen.stream().map(Claimed::id).toList())
                    .update();
        }
        return chosen;
    }

    /** What one attempt found out; {@code next} null and not delivered: given up. */
    record Outcome(
            Instant at,
            @Nullable Integer status,
            long durationMs,
            @Nullable String error,
            boolean delivered,
            @Nullable Instant next) {}

    /** Records an attempt and its consequence; nothing when the delivery was deleted meanwhile. */
    void record(Claimed claimed, Outcome outcome) {
        DeliveryState state = outcome.delivered()
                ? DeliveryState.DELIVERED
                : outcome.next() == null ? DeliveryState.FAILED : DeliveryState.PENDING;
        int updated = jdbc.sql("""
                        update webhook_delivery set state = :state, attempts = attempts + 1, next_attempt_at = :next,
                          leased_until = null, last_status = :status, last_error = :error,
                          delivered_at = case when :delivered then :at else delivered_at end
                        where id = :id""")
                .param("state", state.name())
                .param("next", outcome.next() == null ? null : Timestamp.from(outcome.next()))
                .param("status", outcome.status())
                .param("error", outcome.error())
                .param("delivered", outcome.delivered())
                .param("at", Timestamp.from(outcome.at()))
                .param("id", claimed.id())
                .update();
        if (updated == 0) {
            return;
        }
        jdbc.sql("""
                        insert into webhook_attempt (id, council_id, delivery_id, number, attempted_at, status_code,
                          duration_ms, error, replay)
                        values (:id, :council, :delivery,
                          (select coalesce(max(number), 0) + 1 from webhook_attempt where delivery_id = :delivery),
                          :at, :status, :duration, :error, :replay)""")
                .param("id", UUID.randomUUID())
                .param("council", claimed.council().value())
                .param("delivery", claimed.id())
                .param("at", Timestamp.from(outcome.at()))
                .param("status", outcome.status())
                .param("duration", (int) Math.min(Integer.MAX_VALUE, outcome.durationMs()))
                .param("error", outcome.error())
                .param("replay", claimed.replayed())
                .update();
    }

    /** Sends the delivery again: a new round of attempts, due now. */
    boolean replay(CouncilId council, UUID subscriptionId, UUID id, Instant now) {
        return jdbc.sql("""
                        update webhook_delivery set state = 'PENDING', attempts = 0, next_attempt_at = :now,
                          started_at = :now, leased_until = null, replayed = true
                        where council_id = :council and subscription_id = :subscription and id = :id""")
                        .param("now", Timestamp.from(now))
                        .param("council", council.value())
                        .param("subscription", subscriptionId)
                        .param("id", id)
                        .update()
                > 0;
    }

    long count(CouncilId council, UUID subscriptionId) {
        return jdbc.sql("select count(*) from webhook_delivery where council_id = :council and subscription_id = :s")
                .param("council", council.value())
                .param("s", subscriptionId)
                .query(Long.class)
                .single();
    }

    /** The subscription's deliveries, newest first, with their attempts. */
    List<Delivery> page(CouncilId council, UUID subscriptionId, int offset, int limit) {
        List<Row> rows = jdbc.sql("""
                        select * from webhook_delivery where council_id = :council and subscription_id = :s
                        order by created_at desc, id limit :limit offset :offset""")
                .param("council", council.value())
                .param("s", subscriptionId)
                .param("limit", limit)
                .param("offset", offset)
                .query(DeliveryRepository::row)
                .list();
        return withAttempts(rows);
    }

    Optional<Delivery> find(CouncilId council, UUID subscriptionId, UUID id) {
        List<Row> rows = jdbc.sql("""
                        select * from webhook_delivery where council_id = :council and subscription_id = :s
                          and id = :id""")
                .param("council", council.value())
                .param("s", subscriptionId)
                .param("id", id)
                .query(DeliveryRepository::row)
                .list();
        return withAttempts(rows).stream().findFirst();
    }

    private List<Delivery> withAttempts(List<Row> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<UUID, List<Delivery.Attempt>> attempts = new LinkedHashMap<>();
        rows.forEach(r -> attempts.put(r.id(), new ArrayList<>()));
        jdbc.sql("select * from webhook_attempt where delivery_id in (:ids) order by number")
                .param("ids", List.copyOf(attempts.keySet()))
                .query((rs, n) -> {
                    java.util.Objects.requireNonNull(
                                    attempts.get(rs.getObject("delivery_id", UUID.class)), "one of the deliveries")
                            .add(new Delivery.Attempt(
                                    rs.getInt("number"),
                                    rs.getTimestamp("attempted_at").toInstant(),
                                    (Integer) rs.getObject("status_code"),
                                    rs.getInt("duration_ms"),
                                    rs.getString("error"),
                                    rs.getBoolean("replay")));
                    return 0;
                })
                .list();
        return rows.stream()
                .map(r -> r.toDelivery(attempts.getOrDefault(r.id(), List.of())))
                .toList();
    }

    private record Row(
            UUID id,
            UUID subscriptionId,
            WebhookEvent event,
            DeliveryState state,
            @Nullable Instant nextAttemptAt,
            @Nullable Integer lastStatus,
            @Nullable String lastError,
            Instant createdAt,
            @Nullable Instant deliveredAt) {

        Delivery toDelivery(List<Delivery.Attempt> attempts) {
            return new Delivery(
                    id,
                    subscriptionId,
                    event,
                    state,
                    attempts.size(),
                    state == DeliveryState.PENDING ? nextAttemptAt : null,
                    lastStatus,
                    lastError,
                    createdAt,
                    deliveredAt,
                    attempts);
        }
    }

    private static Row row(ResultSet rs, int n) throws SQLException {
        Timestamp next = rs.getTimestamp("next_attempt_at");
        Timestamp delivered = rs.getTimestamp("delivered_at");
        return new Row(
                rs.getObject("id", UUID.class),
                rs.getObject("subscription_id", UUID.class),
                WebhookEvent.ofWireName(rs.getString("event")).orElseThrow(),
                DeliveryState.valueOf(rs.getString("state")),
                next == null ? null : next.toInstant(),
                (Integer) rs.getObject("last_status"),
                rs.getString("last_error"),
                rs.getTimestamp("created_at").toInstant(),
                delivered == null ? null : delivered.toInstant());
    }
}
