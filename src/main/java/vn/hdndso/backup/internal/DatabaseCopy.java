package vn.hdndso.backup.internal;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

/**
 * Copies every table of the application's schema to files and back with PostgreSQL's binary
 * {@code COPY}, as the schema owner (the superuser of the embedded server, which row-level security
 * does not hold back). The copy is read in one serializable, read-only, deferrable transaction: one
 * consistent snapshot of the whole database while the application may go on writing. The schema
 * itself is not copied: the migrations make it again on restore.
 */
final class DatabaseCopy {

    static final String SCHEMA = "public";

    private final DataSource owner;

    DatabaseCopy(DataSource owner) {
        this.owner = owner;
    }

    /** A table of the copy: its columns (generated ones excluded) and rows. */
    record Table(String name, List<String> columns, long rows, String file) {}

    /** A sequence and its position ({@code called} false: the next value is {@code value} itself). */
    record Sequence(String name, long value, boolean called) {}

    /** The database as copied. */
    record Copied(List<Table> tables, List<Sequence> sequences, List<String> migrations) {}

    Copied dump(Path directory, Consumer<String> progress) throws IOException, SQLException {
        Files.createDirectories(directory);
        try (Connection connection = owner.getConnection()) {
            connection.setAutoCommit(false);
            try (var statement = connection.createStatement()) {
                statement.execute("set transaction isolation level serializable, read only, deferrable");
            }
            CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
            List<String> names = tableNames(connection);
            List<Table> tables = new ArrayList<>();
            int n = 0;
            for (String name : names) {
                n++;
                List<String> columns = columns(connection, name);
                long rows = count(connection, name);
                String file = name + ".copy";
                try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(directory.resolve(file)))) {
                    copy.copyOut(
                            "copy " + SCHEMA + "." + quote(name) + " (" + columnList(columns)
                                    + ") to stdout (format binary)",
                            out);
                }
                tables.add(new Table(name, columns, rows, file));
                progress.accept("  bảng %d/%d %s: %,d dòng".formatted(n, names.size(), name, rows));
            }
            List<Sequence> sequences = sequences(connection);
            List<String> migrations = migrations(connection);
            connection.commit();
            return new Copied(tables, sequences, migrations);
        }
    }

    /** Whether the database holds any table of the application (then it is not empty). */
    boolean hasTables() throws SQLException {
        try (Connection connection = owner.getConnection()) {
            return !tableNames(connection).isEmpty();
        }
    }

    /** The applied migrations of the database now ("version checksum"), in version order. */
    List<String> migrations() throws SQLException {
        try (Connection connection = owner.getConnection()) {
            return migrations(connection);
        }
    }

    /**
     * Empties the tables the backup holds and fills them from its files in one transaction, with
     * triggers and foreign-key checks off while they fill (the rows were consistent when copied);
     * then sets the sequences.
     */
    void load(Path directory, Copied copied, Consumer<String> progress) throws IOException, SQLException {
        try (Connection connection = owner.getConnection()) {
            connection.setAutoCommit(false);
            try (var statement = connection.createStatement()) {
                statement.execute("set local session_replication_role = replica");
                List<String> all = tableNames(connection);
                if (!all.isEmpty()) {
                    statement.execute("truncate "
                            + String.join(
                                    ", ",
                                    all.stream()
                                            .map(t -> SCHEMA + "." + quote(t))
                                            .toList()));
                }
            }
            CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
            int n = 0;
            for (Table table : copied.tables()) {
                n++;
                try (InputStream in = new BufferedInputStream(Files.newInputStream(directory.resolve(table.file())))) {
                    long rows = copy.copyIn(
                            "copy " + SCHEMA + "." + quote(table.name()) + " (" + columnList(table.columns())
                                    + ") from stdin (format binary)",
                            in);
                    if (rows != table.rows()) {
                        throw new IOException(
                                "table " + table.name() + ": " + rows + " rows read, " + table.rows() + " expected");
                    }
                }
                progress.accept(
                        "  bảng %d/%d %s: %,d dòng".formatted(n, copied.tables().size(), table.name(), table.rows()));
            }
            try (var setval = connection.prepareStatement("select setval(?::regclass, ?, ?)")) {
                for (Sequence sequence : copied.sequences()) {
                    setval.setString(1, SCHEMA + "." + quote(sequence.name()));
                    setval.setLong(2, sequence.value());
                    setval.setBoolean(3, sequence.called());
                    setval.execute();
                }
            }
            connection.commit();
            checkpoint(connection);
        }
    }

    /**
     * Writes the loaded pages out now, so the server stops quickly after a restore (its shutdown
     * would otherwise do it, longer than the embedded library waits). Only a superuser may; the
     * data is durable without it (committed with fsync on).
     */
    private static void checkpoint(Connection connection) {
        try (var statement = connection.createStatement()) {
            connection.setAutoCommit(true);
            statement.execute("checkpoint");
        } catch (SQLException notAllowed) {
            // not a superuser (an external server): the server checkpoints by itself
        }
    }

    private static List<String> tableNames(Connection connection) throws SQLException {
        List<String> names = new ArrayList<>();
        try (var statement = connection.prepareStatement("""
                        select c.relname from pg_class c join pg_namespace n on n.oid = c.relnamespace
                        where n.nspname = ? and c.relkind = 'r' order by c.relname""")) {
            statement.setString(1, SCHEMA);
            try (var rs = statement.executeQuery()) {
                while (rs.next()) {
                    names.add(rs.getString(1));
                }
            }
        }
        return names;
    }

    private static List<String> columns(Connection connection, String table) throws SQLException {
        List<String> columns = new ArrayList<>();
        try (var statement = connection.prepareStatement("""
                        select a.attname from pg_attribute a
                        where a.attrelid = ?::regclass and a.attnum > 0 and not a.attisdropped
                          and a.attgenerated = '' order by a.attnum""")) {
            statement.setString(1, SCHEMA + "." + quote(table));
            try (var rs = statement.executeQuery()) {
                while (rs.next()) {
                    columns.add(rs.getString(1));
                }
            }
        }
        return columns;
    }

    private static long count(Connection connection, String table) throws SQLException {
        try (var statement = connection.createStatement();
                var rs = statement.executeQuery("select count(*) from " + SCHEMA + "." + quote(table))) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static List<Sequence> sequences(Connection connection) throws SQLException {
        List<Sequence> sequences = new ArrayList<>();
        try (var statement = connection.prepareStatement("""
                        select sequencename, coalesce(last_value, start_value), last_value is not null
                        from pg_sequences where schemaname = ? order by sequencename""")) {
            statement.setString(1, SCHEMA);
            try (var rs = statement.executeQuery()) {
                while (rs.next()) {
                    sequences.add(new Sequence(rs.getString(1), rs.getLong(2), rs.getBoolean(3)));
                }
            }
        }
        return sequences;
    }

    private static List<String> migrations(Connection connection) throws SQLException {
        List<String> migrations = new ArrayList<>();
        try (var statement = connection.createStatement()) {
            try (var exists = statement.executeQuery("select to_regclass('" + SCHEMA + ".flyway_schema_history')")) {
                exists.next();
                if (exists.getString(1) == null) {
                    return migrations;
                }
            }
            try (var rs = statement.executeQuery("""
                            select version, checksum from flyway_schema_history
                            where success and version is not null
                            order by string_to_array(version, '.')::int[]""")) {
                while (rs.next()) {
                    migrations.add(rs.getString(1) + " " + rs.getString(2));
                }
            }
        }
        return migrations;
    }

    private static String columnList(List<String> columns) {
        return String.join(", ", columns.stream().map(DatabaseCopy::quote).toList());
    }

    static String quote(String identifier) {
        return "\"" + identifier.replace("\"", "\"\"") + "\"";
    }
}
