package vn.hdndso.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.UncategorizedSQLException;

/** A statement PostgreSQL cancelled (the statement timeout) is told apart from other failures. */
class StatementTimeoutProblemUnitTest {

    @Test
    void aCancelledStatementIsRecognisedBehindSpringsWrapping() {
        var cancelled = new UncategorizedSQLException(
                "query",
                "select pg_sleep(120)",
                new SQLException("canceling statement due to statement timeout", "57014"));
        assertThat(ApiExceptionHandler.cancelledByTimeout(new IllegalStateException(cancelled)))
                .isTrue();
        var other = new UncategorizedSQLException("query", "select 1", new SQLException("broken", "08006"));
        assertThat(ApiExceptionHandler.cancelledByTimeout(other)).isFalse();
        assertThat(ApiExceptionHandler.cancelledByTimeout(new IllegalStateException()))
                .isFalse();
    }
}
