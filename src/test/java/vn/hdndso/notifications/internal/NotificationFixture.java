package vn.hdndso.notifications.internal;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import vn.hdndso.shared.CouncilId;
import vn.hdndso.shared.tenancy.Tenancy;
import vn.hdndso.shared.tenancy.TenantScope;

/** Reads the outbox as the tests see it, runs the job until a message settles, and the SMTP server. */
final class NotificationFixture {

    /** The port the test profile sends e-mail to ({@code spring.mail.port}). */
    static final int SMTP_PORT = 39425;

    private NotificationFixture() {}

    static GreenMail smtp() {
        GreenMail server = new GreenMail(new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        server.start();
        return server;
    }

    record Row(
            UUID id,
            String state,
            @Nullable String reason,
            int attempts,
            String channel,
            String subject,
            String body) {}

    static List<Row> rows(JdbcClient jdbc, TransactionTemplate tx, CouncilId council, String key) {
        return Tenancy.call(
                TenantScope.allCouncils("test: read the outbox"),
                () -> Objects.requireNonNull(tx.execute(s -> jdbc.sql("""
                                select id, state, status_reason, attempts, channel, subject, body
                                from notification_message where council_id = :c and idempotency_key = :k
                                order by channel""")
                        .param("c", council.value())
                        .param("k", key)
                        .query((rs, n) -> new Row(
                                rs.getObject("id", UUID.class),
                                rs.getString("state"),
                                rs.getString("status_reason"),
                                rs.getInt("attempts"),
                                rs.getString("channel"),
                                rs.getString("subject"),
                                rs.getString("body")))
                        .list())));
    }

    /** Runs the job until the single message of the key is in {@code state} (other councils' messages may come first). */
    static Row deliverUntil(
            DeliveryJob job, JdbcClient jdbc, TransactionTemplate tx, CouncilId council, String key, String state)
            throws InterruptedException {
        Row row = null;
        for (int round = 0; round < 60; round++) {
            job.deliverDue();
            row = rows(jdbc, tx, council, key).getFirst();
            if (row.state().equals(state)) {
                return row;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("message " + key + " never reached " + state + ": " + row);
    }

    static List<MimeMessage> receivedBy(GreenMail server, String address) {
        return Arrays.stream(server.getReceivedMessages())
                .filter(m -> {
                    try {
                        return Arrays.stream(m.getAllRecipients())
                                .anyMatch(a -> a.toString().equalsIgnoreCase(address));
                    } catch (jakarta.mail.MessagingException e) {
                        throw new IllegalStateException(e);
                    }
                })
                .toList();
    }
}
