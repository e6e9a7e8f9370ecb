package vn.hdndso.webhooks.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.hdndso.shared.CouncilId;
import vn.hdndso.webhooks.Subscription;
import vn.hdndso.webhooks.WebhookEvent;

/** Webhook subscriptions; row-level security lets only the council's staff (and jobs) read them. */
@Repository
class SubscriptionRepository {

    private static final String SELECT = "select * from webhook_subscription where council_id = :council";

    private final JdbcClient jdbc;

    SubscriptionRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(Subscription s, String sealedSecret) {
        jdbc.sql("""
                        insert into webhook_subscription (id, council_id, url, events, secret_sealed, api_key_id,
                          active, created_by, created_at, updated_at)
                        values (:id, :council, :url, :events::varchar[], :secret, :apiKey, :active, :by, :at, :at)""")
                .param("id", s.id())
                .param("council", s.council().value())
                .param("url", s.url())
                .param("events", literal(s.events()))
                .param("secret", sealedSecret)
                .param("apiKey", s.apiKeyId())
                .param("active", s.active())
                .param("by", s.createdBy())
                .param("at", java.sql.Timestamp.from(s.createdAt()))
                .update();
    }

    void update(Subscription s, @Nullable String sealedSecret) {
        jdbc.sql("""
                        update webhook_subscription set url = :url, events = :events::varchar[], active = :active,
                          secret_sealed = coalesce(:secret, secret_sealed), updated_at = :at
                        where council_id = :council and id = :id""")
                .param("url", s.url())
                .param("events", literal(s.events()))
                .param("active", s.active())
                .param("secret", sealedSecret)
                .param("at", java.sql.Timestamp.from(s.updatedAt()))
                .param("council", s.council().value())
                .param("id", s.id())
                .update();
    }

    void delete(CouncilId council, UUID id) {
        jdbc.sql("delete from webhook_subscription where council_id = :council and id = :id")
                .param("council", council.value())
                .param("id", id)
                .update();
    }

    List<Subscription> list(CouncilId council) {
        return jdbc.sql(SELECT + " order by created_at, id")
                .param("council", council.value())
                .query(SubscriptionRepository::map)
                .list();
    }

    Optional<Subscription> find(CouncilId council, UUID id) {
        return jdbc.sql(SELECT + " and id = :id")
                .param("council", council.value())
                .param("id", id)
                .query(SubscriptionRepository::map)
                .optional();
    }

    /** The active subscriptions of the council to an event. */
    List<Subscription> activeFor(CouncilId council, WebhookEvent event) {
        return jdbc.sql(SELECT + " and active and :event = any(events) order by created_at, id")
                .param("council", council.value())
                .param("event", event.wireName())
                .query(SubscriptionRepository::map)
                .list();
    }

    private static String literal(Set<WebhookEvent> events) {
        return events.stream().map(WebhookEvent::wireName).sorted().collect(Collectors.joining(",", "{", "}"));
    }

    static Subscription map(ResultSet rs, int row) throws SQLException {
        Set<WebhookEvent> events = EnumSet.noneOf(WebhookEvent.class);
        Arrays.stream((Object[]) rs.getArray("events").getArray())
                .map(String::valueOf)
                .map(WebhookEvent::ofWireName)
                .flatMap(Optional::stream)
                .forEach(events::add);
        return new Subscription(
                rs.getObject("id", UUID.class),
                new CouncilId(rs.getObject("council_id", UUID.class)),
                rs.getString("url"),
                events,
                rs.getBoolean("active"),
                rs.getObject("api_key_id", UUID.class),
                rs.getString("created_by"),
                rs.getTimestamp("created_at").toInstant(),
                rs.getTimestamp("updated_at").toInstant());
    }
}
