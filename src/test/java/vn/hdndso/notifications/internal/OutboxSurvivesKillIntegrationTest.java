package vn.hdndso.notifications.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.hdndso.notifications.internal.NotificationFixture.deliverUntil;
import static vn.hdndso.notifications.internal.NotificationFixture.receivedBy;
import static vn.hdndso.notifications.internal.NotificationFixture.rows;
import static vn.hdndso.support.ExtraInstance.freePort;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.internet.MimeMessage;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.hdndso.councils.Councils;
import vn.hdndso.shared.CouncilId;
import vn.hdndso.shared.InstallationProperties;
import vn.hdndso.shared.tenancy.Tenancy;
import vn.hdndso.shared.tenancy.TenantScope;
import vn.hdndso.support.ExtraInstance;
import vn.hdndso.support.IntegrationTest;
import vn.hdndso.support.TestClient;

/**
 * Issue 16's "nothing queued is lost across a kill -9", with a real process kill: a second
 * instance of the application (its own JVM, on this test's database, with its SMTP server down)
 * acknowledges petitions whose voters consented to e-mail, tries to deliver their "received"
 * messages, and is killed with SIGKILL mid-way. This instance then delivers every one of them to
 * GreenMail exactly once, with the tracking code the dead instance acknowledged.
 */
@IntegrationTest
class OutboxSurvivesKillIntegrationTest {

    static final String SLUG = "an-hai";
    static final int PETITIONS = 12;
    static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    DeliveryJob job;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate tx;

    @Autowired
    Councils councils;

    @Autowired
    DataSource dataSource;

    @Autowired
    InstallationProperties installation;

    final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Test
    void messagesAcknowledgedByAnInstanceKilledWithSigkillAreAllDeliveredOnce() throws Exception {
        CouncilId council = councils.requireBySlug(SLUG).id();
        int port = freePort();
        Path childData = Files.createTempDirectory(Path.of("target"), "kill-instance-");
        Path log = childData.resolve("instance.log");
        Process instance = start(port, childData, log);
        Map<String, Acknowledged> acknowledged = new LinkedHashMap<>();
        try {
            awaitHealthy(port, instance, log);
            for (int i = 0; i < PETITIONS; i++) {
                String address = TestClient.uniqueUsername("kill") + "@an-hai.test";
                var answer = submit(port, address, i);
                assertThat(answer.statusCode()).as(answer.body()).isEqualTo(201);
                JsonNode json = JSON.readTree(answer.body());
                acknowledged.put(
                        address, new Acknowledged(json.get("trackingCode").asString()));
            }
            // the dead instance's delivery job has had time to claim and fail against its SMTP port
            Thread.sleep(1_500);
        } finally {
            instance.destroyForcibly(); // SIGKILL on Linux: no shutdown hook, no context close
            instance.waitFor();
        }
        assertThat(instance.exitValue()).as("killed by SIGKILL").isEqualTo(137);

        GreenMail smtp = NotificationFixture.smtp();
        try {
            for (var entry : acknowledged.entrySet()) {
                String key = keyOf(council, entry.getKey());
                assertThat(rows(jdbc, tx, council, key)).hasSize(1);
                deliverUntil(job, jdbc, tx, council, key, "SENT");
            }
            for (var entry : acknowledged.entrySet()) {
                List<MimeMessage> received = receivedBy(smtp, entry.getKey());
                assertThat(received)
                        .as("exactly one message to " + entry.getKey())
                        .hasSize(1);
                // the API gives the code as typed (Q9REAMGMB5), the message as read aloud (Q9REA-MGMB5)
                assertThat(((String) received.getFirst().getContent()).replace("-", ""))
                        .contains(entry.getValue().trackingCode().replace("-", ""));
            }
        } finally {
            smtp.stop();
        }
    }

    record Acknowledged(String trackingCode) {}

    /** The idempotency key of the "received" message to an address ({@code petition:RECEIVED:<id>:<address>}). */
    private String keyOf(CouncilId council, String address) {
        List<String> keys = Tenancy.call(
                TenantScope.allCouncils("test: the outbox of the killed instance"),
                () -> Objects.requireNonNull(tx.execute(s -> jdbc.sql("""
                                select idempotency_key from notification_message
                                where council_id = :c and idempotency_key like 'petition:RECEIVED:%' and address = :a""")
                        .param("c", council.value())
                        .param("a", address)
                        .query(String.class)
                        .list())));
        assertThat(keys)
                .as("the acknowledged message to " + address + " is in the outbox")
                .hasSize(1);
        return keys.getFirst();
    }

    private Process start(int port, Path data, Path log) throws Exception {
        List<String> command = ExtraInstance.applicationCommand(port, data);
        command.addAll(List.of(
                "--hdnd.identity.admin-password=Kill-Instance-Password-2026",
                "--hdnd.petitions.per-address-per-hour=1000000",
                "--spring.mail.host=127.0.0.1",
                "--spring.mail.port=" + freePort(), // nobody listens: every attempt fails and waits
                "--hdnd.notifications.poll-interval=300ms",
                "--hdnd.notifications.lease=3s",
                "--hdnd.notifications.first-retry=1s",
                "--hdnd.notifications.max-retry=2s",
                "--logging.file.name="));
        command.addAll(ExtraInstance.onTheTestDatabase(dataSource, installation.dataDir()));
        command.addAll(ExtraInstance.withTheSuitesLimits());
        return new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
    }

    private void awaitHealthy(int port, Process instance, Path log) throws Exception {
        ExtraInstance.awaitHealthy("the second instance", port, instance, log, Duration.ofMinutes(4));
    }

    private HttpResponse<String> submit(int port, String address, int n) throws Exception {
        String body = JSON.writeValueAsString(Map.of(
                "content",
                "Đề nghị sửa đèn chiếu sáng số " + n + " ở ngõ " + UUID.randomUUID() + ", tối đi lại rất nguy hiểm.",
                "submitterName",
                "Cử tri An Hải",
                "contact",
                address,
                "consent",
                true,
                "channel",
                "WEB"));
        return http.send(
                HttpRequest.newBuilder(
                                URI.create("http://127.0.0.1:" + port + "/api/v1/councils/" + SLUG + "/petitions"))
                        .timeout(Duration.ofSeconds(60))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
