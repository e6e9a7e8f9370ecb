package vn.hdndso.shared.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import vn.hdndso.shared.tenancy.Tenancy;
import vn.hdndso.shared.tenancy.TenantScope;
import vn.hdndso.support.IntegrationTest;

/**
 * LISTEN/NOTIFY: a notification is delivered at commit (not for a rolled-back transaction), and
 * after the listening connection is killed it is opened again, the subscriber is told to catch up,
 * and notifications arrive again.
 */
@IntegrationTest
class PostgresChannelsIntegrationTest {

    @Autowired
    PostgresChannels channels;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate transactions;

    @Test
    void notificationsArriveAtCommitAndAfterTheConnectionWasLost() {
        List<String> received = new CopyOnWriteArrayList<>();
        var listening = new AtomicInteger();
        channels.subscribe("test_channel", new PostgresChannels.Subscriber() {
            @Override
            public void notified(String payload) {
                received.add(payload);
            }

            @Override
            public void listening() {
                listening.incrementAndGet();
            }
        });
        await().atMost(Duration.ofSeconds(10)).until(() -> listening.get() == 1);

        notify("rolled-back", true);
        notify("first", false);
        await().atMost(Duration.ofSeconds(5)).until(() -> received.contains("first"));
        assertThat(received).doesNotContain("rolled-back");

        // the server drops the listening connection (a restart, a network cut)
        Tenancy.run(
                TenantScope.allCouncils("test: drop the LISTEN connection"),
                () -> transactions.executeWithoutResult(
                        s -> jdbc.sql("select pg_terminate_backend(pid) from pg_stat_activity"
                                        + " where application_name = 'hdnd-so-listen'")
                                .query()
                                .listOfRows()));
        await().atMost(Duration.ofSeconds(20)).until(() -> listening.get() >= 2);
        assertThat(channels.connected()).isTrue();

        notify("second", false);
        await().atMost(Duration.ofSeconds(5)).until(() -> received.contains("second"));
    }

    private void notify(String payload, boolean rollBack) {
        Tenancy.run(
                TenantScope.allCouncils("test: notify"),
                () -> transactions.executeWithoutResult(status -> {
                    jdbc.sql("select pg_notify('test_channel', :payload)")
                            .param("payload", payload)
                            .query()
                            .listOfRows();
                    if (rollBack) {
                        status.setRollbackOnly();
                    }
                }));
    }
}
