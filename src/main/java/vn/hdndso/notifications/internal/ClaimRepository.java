package vn.hdndso.notifications.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.hdndso.notifications.Channel;
import vn.hdndso.notifications.Delivery;
import vn.hdndso.notifications.MessageState;
import vn.hdndso.shared.CouncilId;

/**
 * Claims due messages for one instance of the delivery job and records what came of them. A claim
 * takes rows with {@code FOR UPDATE SKIP LOCKED}, so two instances never take the same row at once,
 * and gives them a lease: a message still SENDING when its lease ended (its instance died) is due
 * again. An outcome is recorded only by the instance that holds the claim.
 */
@Repository
class ClaimRepository {

    static final String UNCONFIGURED = "kênh chưa được cấu hình";

    private final JdbcClient jdbc;

    ClaimRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<ClaimedMessage> claim(
            String instance, Collection<Channel> channels, Instant now, Instant leaseUntil, int batch) {
        if (channels.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                        update notification_message m
                        set state = 'SENDING', lease_until = :leaseUntil, claimed_by = :instance,
                          attempts = m.attempts + 1, status_reason = null, updated_at = :now
                        where m.id in (
                          select id from notification_message
                          where channel in (:channels)
                            and ((state in ('QUEUED', 'RETRY') and next_attempt_at <= :now)
                              or (state = 'SENDING' and lease_until < :now))
                          order by next_attempt_at, id
                          limit :batch
                          for update skip locked)
                        returning m.id, m.council_id, m.channel, m.address, m.subject, m.body, m.link, m.attempts""")
                .param("leaseUntil", Timestamp.from(leaseUntil))
                .param("instance", instance)
                .param("now", Timestamp.from(now))
                .param("channels", channels.stream().map(Enum::name).toList())
                .param("batch", batch)
                .query((rs, n) -> new ClaimedMessage(
                        new Delivery(
                                rs.getObject("id", UUID.class),
                                new CouncilId(rs.getObject("council_id", UUID.class)),
                                Channel.valueOf(rs.getString("channel")),
                                rs.getString("address"),
                                rs.getString("subject"),
                                rs.getString("body"),
                                rs.getString("link")),
                        rs.getInt("attempts")))
                .list();
    }

    /** Queued messages of channels without an adapter say so, once; they stay queued. */
    int markUnconfigured(Collection<Channel> configured, Instant now) {
        List<String> names = configured.isEmpty()
                ? List.of("-")
                : configured.stream().map(Enum::name).toList();
        return jdbc.sql("""
                        update notification_message set status_reason = :reason, updated_at = :now
                        where state = 'QUEUED' and status_reason is null and channel not in (:channels)""")
                .param("reason", UNCONFIGURED)
                .param("now", Timestamp.from(now))
                .param("channels", names)
                .update();
    }

    /** Records an attempt's end; false when this instance no longer holds the claim. */
    boolean record(
            UUID id,
            String instance,
            MessageState state,
            @Nullable String reason,
            @Nullable String reference,
            Instant nextAttempt,
            Instant now) {
        return jdbc.sql("""
                        update notification_message
                        set state = :state, status_reason = :reason, provider_reference = :reference,
                          next_attempt_at = :next, lease_until = null, updated_at = :now,
                          sent_at = case when :state = 'SENT' then :now else sent_at end
                        where id = :id and claimed_by = :instance and state = 'SENDING'""")
                        .param("state", state.name())
                        .param("reason", reason == null ? null : cut(reason))
                        .param(
                                "reference",
                                reference == null ? null : reference.substring(0, Math.min(300, reference.length())))
                        .param("next", Timestamp.from(nextAttempt))
                        .param("now", Timestamp.from(now))
                        .param("id", id)
                        .param("instance", instance)
                        .update()
                == 1;
    }

    private static String cut(String reason) {
        return reason.length() <= 500 ? reason : reason.substring(0, 499) + "…";
    }
}
