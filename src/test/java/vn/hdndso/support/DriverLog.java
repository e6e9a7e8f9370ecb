package vn.hdndso.support;

import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * The PostgreSQL JDBC driver's finest log records (each statement executed, each message naming
 * SQL) handed to a listener while a piece of work runs; the driver's logger is at its old level
 * again afterwards. The listener runs on the thread that talks to the database, so it can tell
 * which thread sent what.
 */
public final class DriverLog {

    private static final Logger DRIVER = Logger.getLogger("org.postgresql.core.v3.QueryExecutorImpl");

    private DriverLog() {}

    public static <T> T during(Consumer<LogRecord> listener, Callable<T> work) throws Exception {
        Handler handler = new Handler() {
            @Override
            public void publish(LogRecord record) {
                if (record.getMessage() != null) {
                    listener.accept(record);
                }
            }

            @Override
            public void flush() {}

            @Override
            public void close() {}
        };
        handler.setLevel(Level.ALL);
        Level before = DRIVER.getLevel();
        DRIVER.addHandler(handler);
        DRIVER.setLevel(Level.FINEST);
        try {
            return work.call();
        } finally {
            DRIVER.setLevel(before);
            DRIVER.removeHandler(handler);
        }
    }
}
