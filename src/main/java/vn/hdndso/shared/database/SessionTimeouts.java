package vn.hdndso.shared.database;

import java.time.Duration;

/**
 * How long PostgreSQL lets a session of the application role run one statement, and keep a
 * transaction open between statements, before it cancels the statement or ends the session. A
 * zero duration means no limit (PostgreSQL's default). Given to every pooled connection as startup
 * options, so they hold on an external server as on the embedded one.
 */
record SessionTimeouts(Duration statement, Duration idleInTransaction) {

    SessionTimeouts {
        if (statement.isNegative() || idleInTransaction.isNegative()) {
            throw new IllegalArgumentException("a database timeout cannot be negative");
        }
    }

    /** The value of the driver's {@code options} property. */
    String options() {
        return "-c statement_timeout=" + statement.toMillis() + " -c idle_in_transaction_session_timeout="
                + idleInTransaction.toMillis();
    }
}
