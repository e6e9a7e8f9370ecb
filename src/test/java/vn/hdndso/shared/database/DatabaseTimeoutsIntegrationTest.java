package vn.hdndso.shared.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.hdndso.support.IntegrationTest;

/**
 * The application role's connections carry a statement timeout and an idle-in-transaction
 * timeout (issue 17, finding 9a): a statement over the limit is cancelled with PostgreSQL's
 * {@code 57014}, and a session that keeps a transaction open without a statement is ended.
 */
@IntegrationTest
class DatabaseTimeoutsIntegrationTest {

    @Autowired
    DataSource dataSource;

    @Autowired
    DatabaseTarget target;

    @Test
    void everyPooledConnectionHasTheConfiguredLimits() {
        var jdbc = JdbcClient.create(dataSource);
        assertThat(jdbc.sql("show statement_timeout").query(String.class).single())
                .isEqualTo("1min");
        assertThat(jdbc.sql("show idle_in_transaction_session_timeout")
                        .query(String.class)
                        .single())
                .isEqualTo("5min");
    }

    @Test
    void aStatementOverTheLimitIsCancelledAndAnIdleTransactionIsEnded() throws Exception {
        try (var pool = DatabaseConfiguration.pool(
                target, 2, new SessionTimeouts(Duration.ofMillis(500), Duration.ofMillis(800)))) {
            try (Connection connection = pool.getConnection();
                    Statement statement = connection.createStatement()) {
                assertThatThrownBy(() -> statement.execute("select pg_sleep(3)"))
                        .isInstanceOf(SQLException.class)
                        .satisfies(e ->
                                assertThat(((SQLException) e).getSQLState()).isEqualTo("57014"))
                        .hasMessageContaining("statement timeout");
            }
            try (Connection connection = pool.getConnection()) {
                connection.setAutoCommit(false);
                try (Statement statement = connection.createStatement()) {
                    statement.execute("select 1");
                }
                Thread.sleep(2_000);
                assertThatThrownBy(() -> {
                            try (Statement statement = connection.createStatement()) {
                                statement.execute("select 1");
                            }
                        })
                        .isInstanceOf(SQLException.class);
                assertThat(connection.isValid(1)).isFalse();
            }
        }
    }
}
