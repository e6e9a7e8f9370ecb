package vn.hdndso.shared.web;

import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.SimpleFormatter;
import vn.hdndso.support.DriverLog;

/**
 * What the application's request threads (Tomcat's {@code tomcat-handler-…}) send to PostgreSQL
 * while a piece of work runs, as the PostgreSQL JDBC driver logs it at its finest level: each
 * statement executed, and the text of every message naming SQL (a statement's parse, a simple
 * query). Background threads (audit sealer, search feed, indicators) are not counted. The
 * driver's logger is at its old level again afterwards.
 */
final class RequestThreadStatements {

    /** Statements executed by request threads, and the driver's messages that carry SQL text. */
    record Sent(int statements, List<String> sql) {

        boolean mentions(String table) {
            return sql.stream().anyMatch(s -> s.contains(table));
        }
    }

    record Counted<T>(T result, Sent sent) {}

    private RequestThreadStatements() {}

    static <T> Counted<T> during(Callable<T> work) throws Exception {
        List<String> executed = new CopyOnWriteArrayList<>();
        List<String> sql = new CopyOnWriteArrayList<>();
        var formatter = new SimpleFormatter();
        T result = DriverLog.during(
                record -> {
                    if (!Thread.currentThread().getName().startsWith("tomcat-handler")) {
                        return;
                    }
                    String message = record.getMessage();
                    if (message.contains("simple execute") || message.contains("batch execute")) {
                        executed.add(message);
                    } else if (message.contains("Parse(") || message.contains("SimpleQuery(")) {
                        sql.add(formatter.formatMessage(record));
                    }
                },
                work);
        return new Counted<>(result, new Sent(executed.size(), List.copyOf(sql)));
    }
}
