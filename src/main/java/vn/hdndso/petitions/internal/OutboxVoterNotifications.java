package vn.hdndso.petitions.internal;

import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.hdndso.shared.CouncilId;

/** Writes messages to the {@code petition_notification} outbox and logs them (never the recipient in full). */
@Component
class OutboxVoterNotifications implements VoterNotifications {

    private static final Logger log = LoggerFactory.getLogger(OutboxVoterNotifications.class);

    private final JdbcClient jdbc;

    OutboxVoterNotifications(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void send(
            CouncilId council,
            @Nullable UUID petitionId,
            @Nullable UUID issueId,
            Kind kind,
            String recipient,
            String message) {
        jdbc.sql("""
                        insert into petition_notification (id, council_id, petition_id, issue_id, kind, recipient, message)
                        values (:id, :council, :petition, :issue, :kind, :recipient, :message)""")
                .param("id", UUID.randomUUID())
                .param("council", council.value())
                .param("petition", petitionId)
                .param("issue", issueId)
                .param("kind", kind.name())
                .param("recipient", recipient.length() > 300 ? recipient.substring(0, 300) : recipient)
                .param("message", message.length() > 2000 ? message.substring(0, 2000) : message)
                .update();
        log.info("petition message {} queued for {}", kind, masked(recipient));
    }

    static String masked(String recipient) {
        return recipient.length() <= 3 ? "***" : "***" + recipient.substring(recipient.length() - 3);
    }
}
