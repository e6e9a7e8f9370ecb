package vn.hdndso.petitions;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import vn.hdndso.support.DriverLog;

/**
 * Counts what one thread sends to PostgreSQL while it runs a piece of work, as the PostgreSQL JDBC
 * driver reports it at its finest log level: every statement executed (queries, inserts, updates,
 * the transaction's tenant scope, {@code COMMIT}) and, among them, the commits and rollbacks — one
 * per transaction, i.e. per connection borrowed for a transaction. Other threads (the audit sealer,
 * the search feed, the live indicators) are not counted. The driver's logger is at its old level
 * again afterwards.
 */
final class JdbcStatements {

    /** What the thread sent: statements (commits included) and transactions ended (commits, rollbacks). */
    record Count(int statements, int transactions) {}

    private JdbcStatements() {}

    static Count of(Runnable work) throws Exception {
        return of(() -> {
                    work.run();
                    return null;
                })
                .count();
    }

    record Counted<T>(@Nullable T result, Count count) {}

    static <T> Counted<T> of(Callable<T> work) throws Exception {
        Thread me = Thread.currentThread();
        List<String> sent = new ArrayList<>();
        T result = DriverLog.during(
                record -> {
                    if (Thread.currentThread() != me) {
                        return;
                    }
                    String message = record.getMessage();
                    Object[] parameters = record.getParameters();
                    if (message.contains("simple execute")) {
                        sent.add(parameters != null && parameters.length > 0 ? String.valueOf(parameters[0]) : "");
                    } else if (message.contains("batch execute")) {
                        int queries = parameters != null && parameters.length > 0 && parameters[0] instanceof Integer n
                                ? n
                                : 1;
                        for (int i = 0; i < queries; i++) {
                            sent.add("batch");
                        }
                    }
                },
                work);
        // the driver ends a transaction with its own handler for COMMIT and ROLLBACK
        int transactions = (int) sent.stream()
                .filter(h -> h.contains("TransactionCommandHandler"))
                .count();
        return new Counted<>(result, new Count(sent.size(), transactions));
    }
}
