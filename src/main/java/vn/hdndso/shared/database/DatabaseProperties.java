package vn.hdndso.shared.database;

import java.time.Duration;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the database is. With no {@code url} an embedded PostgreSQL is started under the data
 * directory.
 *
 * @param url {@code HDND_DB_URL}, a {@code jdbc:postgresql://} URL of an external server
 * @param user {@code HDND_DB_USER}, owner of the schema; runs the migrations
 * @param password {@code HDND_DB_PASSWORD}
 * @param appUser {@code HDND_DB_APP_USER}, the role the application connects as; must not be a
 *     superuser or bypass row-level security. Defaults to {@code user}.
 * @param appPassword {@code HDND_DB_APP_PASSWORD}
 * @param poolSize connections in the application's pool
 * @param statementTimeout {@code HDND_DB_STATEMENT_TIMEOUT}: PostgreSQL cancels a statement of the
 *     application role that runs longer (default 60 s); a job that legitimately runs longer sets
 *     its own with {@code SET LOCAL statement_timeout} in its transaction
 * @param idleInTransactionTimeout {@code HDND_DB_IDLE_IN_TRANSACTION_TIMEOUT}: PostgreSQL ends a
 *     session that holds a transaction open without a statement for longer (default 5 min), so
 *     that its locks and its pooled connection come free
 */
@ConfigurationProperties("hdnd.db")
record DatabaseProperties(
        @Nullable String url,
        @Nullable String user,
        @Nullable String password,
        @Nullable String appUser,
        @Nullable String appPassword,
        int poolSize,
        @Nullable Duration statementTimeout,
        @Nullable Duration idleInTransactionTimeout) {

    static final Duration DEFAULT_STATEMENT_TIMEOUT = Duration.ofSeconds(60);
    static final Duration DEFAULT_IDLE_IN_TRANSACTION_TIMEOUT = Duration.ofMinutes(5);

    DatabaseProperties {
        if (poolSize <= 0) {
            poolSize = 10;
        }
    }

    /** The time limits of the application role's sessions. */
    SessionTimeouts timeouts() {
        return new SessionTimeouts(
                statementTimeout == null ? DEFAULT_STATEMENT_TIMEOUT : statementTimeout,
                idleInTransactionTimeout == null ? DEFAULT_IDLE_IN_TRANSACTION_TIMEOUT : idleInTransactionTimeout);
    }

    boolean external() {
        return url != null && !url.isBlank();
    }
}
