package vn.hdndso.petitions.internal;

import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.hdndso.notifications.Notice;
import vn.hdndso.notifications.Outbox;
import vn.hdndso.notifications.VoterContact;
import vn.hdndso.shared.CouncilId;

/**
 * Writes messages to the {@code petition_notification} log and queues them in the notifications
 * outbox when the recipient is an e-mail address, a phone number or a Zalo id they consented to
 * (never the recipient in full in the application log).
 */
@Component
class OutboxVoterNotifications implements VoterNotifications {

    private static final Logger log = LoggerFactory.getLogger(OutboxVoterNotifications.class);

    private final JdbcClient jdbc;
    private final Outbox outbox;

    OutboxVoterNotifications(JdbcClient jdbc, Outbox outbox) {
        this.jdbc = jdbc;
        this.outbox = outbox;
    }

    @Override
    public void send(
            CouncilId council,
            @Nullable UUID petitionId,
            @Nullable UUID issueId,
            Kind kind,
            String recipient,
            String message,
            List<String> arguments,
            boolean consented) {
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
        if (consented) {
            VoterContact.of(recipient)
                    .ifPresent(contact -> outbox.queue(new Notice(
                            council,
                            contact,
                            kind.template(),
                            arguments,
                            null,
                            "petition:" + kind + ":" + (petitionId != null ? petitionId : issueId) + ":"
                                    + contact.address())));
        }
        log.info("petition message {} queued for {}", kind, masked(recipient));
    }

    static String masked(String recipient) {
        return recipient.length() <= 3 ? "***" : "***" + recipient.substring(recipient.length() - 3);
    }
}
