package vn.hdndso.notifications.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.hdndso.notifications.Channel;
import vn.hdndso.notifications.MessageState;
import vn.hdndso.notifications.SentMessage;
import vn.hdndso.shared.CouncilId;

/** The {@code notification_message} rows as written by the outbox and read by the staff. */
@Repository
class MessageRepository {

    private static final String COLUMNS = """
            id, template, channel, address, account_id, subject, state, status_reason, attempts, created_at,
            next_attempt_at, sent_at, resent_from""";

    private final JdbcClient jdbc;

    MessageRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    boolean queued(CouncilId council, String idempotencyKey) {
        return jdbc.sql(
                        "select exists (select 1 from notification_message where council_id = :c and idempotency_key = :k)")
                .param("c", council.value())
                .param("k", idempotencyKey)
                .query(Boolean.class)
                .single();
    }

    /** A new QUEUED message; false when the key and channel are already queued. */
    boolean insert(
            UUID id,
            CouncilId council,
            String idempotencyKey,
            Target target,
            String template,
            Rendered text,
            @Nullable String link,
            Instant now,
            @Nullable UUID resentFrom) {
        return jdbc.sql("""
                        insert into notification_message (id, council_id, idempotency_key, account_id, channel, address,
                          template, language, subject, body, link, state, next_attempt_at, resent_from, created_at, updated_at)
                        values (:id, :council, :key, :account, :channel, :address, :template, :language, :subject, :body,
                          :link, 'QUEUED', :now, :resentFrom, :now, :now)
                        on conflict (council_id, idempotency_key, channel) do nothing""")
                        .param("id", id)
                        .param("council", council.value())
                        .param("key", idempotencyKey)
                        .param("account", target.accountId())
                        .param("channel", target.channel().name())
                        .param("address", target.address())
                        .param("template", template)
                        .param("language", target.language())
                        .param("subject", text.subject())
                        .param("body", text.body())
                        .param("link", link)
                        .param("now", Timestamp.from(now))
                        .param("resentFrom", resentFrom)
                        .update()
                == 1;
    }

    List<SentMessage> list(CouncilId council, @Nullable MessageState state, int offset, int limit) {
        return jdbc.sql("select " + COLUMNS + """
                         from notification_message where council_id = :c and (cast(:state as varchar) is null or state = :state)
                        order by created_at desc, id offset :offset limit :limit""")
                .param("c", council.value())
                .param("state", state == null ? null : state.name())
                .param("offset", offset)
                .param("limit", limit)
                .query(MessageRepository::sentMessage)
                .list();
    }

    long count(CouncilId council, @Nullable MessageState state) {
        return jdbc.sql("""
                        select count(*) from notification_message
                        where council_id = :c and (cast(:state as varchar) is null or state = :state)""")
                .param("c", council.value())
                .param("state", state == null ? null : state.name())
                .query(Long.class)
                .single();
    }

    Optional<SentMessage> find(CouncilId council, UUID id) {
        return jdbc.sql("select " + COLUMNS + " from notification_message where council_id = :c and id = :id")
                .param("c", council.value())
                .param("id", id)
                .query(MessageRepository::sentMessage)
                .optional();
    }

    /** The stored row a resend copies. */
    Optional<StoredMessage> stored(CouncilId council, UUID id) {
        return jdbc.sql("""
                        select idempotency_key, account_id, channel, address, template, language, subject, body, link
                        from notification_message where council_id = :c and id = :id""")
                .param("c", council.value())
                .param("id", id)
                .query((rs, n) -> new StoredMessage(
                        rs.getString("idempotency_key"),
                        new Target(
                                rs.getObject("account_id", UUID.class),
                                Channel.valueOf(rs.getString("channel")),
                                rs.getString("address"),
                                rs.getString("language")),
                        rs.getString("template"),
                        new Rendered(rs.getString("subject"), rs.getString("body")),
                        rs.getString("link")))
                .optional();
    }

    /** Fails every message to an address that is not sent yet; answers how many. */
    int failUnsent(CouncilId council, Channel channel, String address, String reason, Instant now) {
        return jdbc.sql("""
                        update notification_message set state = 'FAILED', status_reason = :reason, lease_until = null,
                          updated_at = :now
                        where council_id = :c and channel = :channel and address = :address
                          and state in ('QUEUED', 'RETRY', 'SENDING')""")
                .param("reason", reason)
                .param("now", Timestamp.from(now))
                .param("c", council.value())
                .param("channel", channel.name())
                .param("address", address)
                .update();
    }

    /**
     * Blanks the messages to an address whose key contains {@code reference}: address, subject, body
     * and link; the key becomes {@code erased:<id>}, an unsent message fails.
     */
    int erase(CouncilId council, Channel channel, String address, String reference) {
        return jdbc.sql("""
                        update notification_message set address = '', subject = '', body = '', link = null,
                          idempotency_key = 'erased:' || id, provider_reference = null,
                          state = case when state = 'SENT' then state else 'FAILED' end,
                          status_reason = :reason, lease_until = null, updated_at = now()
                        where council_id = :c and channel = :channel and address = :address
                          and strpos(idempotency_key, :reference) > 0""")
                .param("reason", "dữ liệu cá nhân của cử tri đã được xoá")
                .param("c", council.value())
                .param("channel", channel.name())
                .param("address", address)
                .param("reference", reference)
                .update();
    }

    record StoredMessage(
            String idempotencyKey,
            Target target,
            String template,
            Rendered text,
            @Nullable String link) {}

    private static SentMessage sentMessage(ResultSet rs, int n) throws SQLException {
        Timestamp sent = rs.getTimestamp("sent_at");
        return new SentMessage(
                rs.getObject("id", UUID.class),
                rs.getString("template"),
                Channel.valueOf(rs.getString("channel")),
                AddressMask.mask(rs.getString("address")),
                rs.getObject("account_id") != null,
                rs.getString("subject"),
                MessageState.valueOf(rs.getString("state")),
                rs.getString("status_reason"),
                rs.getInt("attempts"),
                rs.getTimestamp("created_at").toInstant(),
                rs.getTimestamp("next_attempt_at").toInstant(),
                sent == null ? null : sent.toInstant(),
                rs.getObject("resent_from", UUID.class));
    }
}
