package vn.hdndso.opendata.internal;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.hdndso.opendata.Column;
import vn.hdndso.opendata.ColumnType;
import vn.hdndso.opendata.DataRow;
import vn.hdndso.opendata.DatasetId;
import vn.hdndso.opendata.DatasetVersion;
import vn.hdndso.shared.CouncilId;

/**
 * The tables of dataset versions and their rows (cells as a JSON array per row, typed by the
 * version's columns). Runs in the caller's transaction and scope.
 */
@Repository
class DatasetVersionRepository {

    /** Rows the driver fetches at a time when streaming a version. */
    static final int FETCH_SIZE = 1000;

    static final JsonMapper JSON = JsonMapper.builder().build();
    private static final TypeReference<List<Column>> COLUMNS = new TypeReference<>() {};

    private final JdbcClient jdbc;
    private final JdbcTemplate template;

    DatasetVersionRepository(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
    }

    int insertVersion(
            CouncilId council,
            UUID versionId,
            DatasetId dataset,
            int number,
            String fileName,
            String fileSha256,
            String mappingSha256,
            SourceTable table,
            List<Column> columns,
            int rowCount,
            int refused,
            String by) {
        jdbc.sql("""
                        insert into dataset_version (id, council_id, dataset_id, number, file_name, file_sha256,
                               mapping_sha256, format, encoding, columns, row_count, refused_count, imported_by)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?, ?, ?)""")
                .params(
                        versionId,
                        council.value(),
                        dataset.value(),
                        number,
                        fileName,
                        fileSha256,
                        mappingSha256,
                        table.format(),
                        table.encoding(),
                        JSON.writeValueAsString(columns),
                        rowCount,
                        refused,
                        by)
                .update();
        jdbc.sql("update dataset set latest_version = ?, updated_at = now() where id = ?")
                .params(number, dataset.value())
                .update();
        return number;
    }

    Optional<Integer> versionFor(DatasetId dataset, String fileSha256, String mappingSha256) {
        return jdbc.sql(
                        "select number from dataset_version where dataset_id = ? and file_sha256 = ? and mapping_sha256 = ?")
                .params(dataset.value(), fileSha256, mappingSha256)
                .query(Integer.class)
                .optional();
    }

    /**
     * Inserts rows 5,000 at a time, each chunk one statement over arrays ({@code unnest}): far
     * fewer round trips than one INSERT per row (COPY is not allowed on tables with row-level
     * security).
     */
    void insertRows(CouncilId council, UUID versionId, List<TableCheck.GoodRow> rows) {
        int chunk = 5_000;
        for (int from = 0; from < rows.size(); from += chunk) {
            List<TableCheck.GoodRow> part = rows.subList(from, Math.min(rows.size(), from + chunk));
            Integer[] numbers = new Integer[part.size()];
            Integer[] positions = new Integer[part.size()];
            String[] cells = new String[part.size()];
            for (int i = 0; i < part.size(); i++) {
                numbers[i] = part.get(i).number();
                positions[i] = from + i;
                cells[i] = cellsJson(part.get(i).values());
            }
            template.update("""
                    insert into dataset_row (council_id, version_id, row_number, position, cells)
                    select ?, ?, r, p, c::jsonb from unnest(?::int[], ?::int[], ?::text[]) as t(r, p, c)""", ps -> {
                ps.setObject(1, council.value());
                ps.setObject(2, versionId);
                ps.setArray(3, ps.getConnection().createArrayOf("int4", numbers));
                ps.setArray(4, ps.getConnection().createArrayOf("int4", positions));
                ps.setArray(5, ps.getConnection().createArrayOf("text", cells));
            });
        }
    }

    static String cellsJson(List<@Nullable Object> values) {
        List<@Nullable Object> plain = new ArrayList<>(values.size());
        for (Object v : values) {
            plain.add(v instanceof LocalDate date ? date.toString() : v);
        }
        return JSON.writeValueAsString(plain);
    }

    List<DatasetVersion> versions(DatasetId dataset) {
        return jdbc.sql("select * from dataset_version where dataset_id = ? order by number desc")
                .param(dataset.value())
                .query(DatasetVersionRepository::version)
                .list();
    }

    Optional<DatasetVersion> version(DatasetId dataset, int number) {
        return jdbc.sql("select * from dataset_version where dataset_id = ? and number = ?")
                .params(dataset.value(), number)
                .query(DatasetVersionRepository::version)
                .optional();
    }

    void publish(DatasetId dataset, int number, Instant at) {
        jdbc.sql("update dataset_version set published = true, published_at = ? where dataset_id = ? and number = ?")
                .params(Timestamp.from(at), dataset.value(), number)
                .update();
        jdbc.sql("""
                        update dataset set published_version = ?, published_at = coalesce(published_at, ?), updated_at = ?
                        where id = ?""")
                .params(number, Timestamp.from(at), Timestamp.from(at), dataset.value())
                .update();
    }

    /**
     * A page of rows, sorted by one column (its index; -1: file order) as its type sorts: numbers
     * numerically, dates by date, text by the database's collation; empty cells last.
     */
    List<DataRow> rows(DatasetVersion version, int sortColumn, boolean descending, int offset, int limit) {
        String order;
        if (sortColumn < 0 || sortColumn >= version.columns().size()) {
            order = "position";
        } else {
            ColumnType type = version.columns().get(sortColumn).type();
            String cell = "(cells->>" + sortColumn + ")";
            String expression = type.numeric() ? cell + "::numeric" : cell;
            order = expression + (descending ? " desc" : " asc") + " nulls last, position";
        }
        return jdbc.sql("select row_number, cells::text as cells from dataset_row where version_id = ? order by "
                        + order + " limit ? offset ?")
                .params(version.id(), limit, offset)
                .query((rs, n) ->
                        new DataRow(rs.getInt("row_number"), values(version.columns(), rs.getString("cells"))))
                .list();
    }

    /**
     * Every row in file order, streamed to {@code sink} (downloads, exports): inside the caller's
     * transaction the driver fetches {@link #FETCH_SIZE} rows at a time instead of the whole
     * result (up to a million rows).
     */
    void eachRow(DatasetVersion version, Consumer<DataRow> sink) {
        jdbc.sql("select row_number, cells::text as cells from dataset_row where version_id = ? order by position")
                .withFetchSize(FETCH_SIZE)
                .param(version.id())
                .query(rs -> {
                    sink.accept(new DataRow(rs.getInt("row_number"), values(version.columns(), rs.getString("cells"))));
                });
    }

    static List<@Nullable Object> values(List<Column> columns, String json) {
        JsonNode array = JSON.readTree(json);
        List<@Nullable Object> values = new ArrayList<>(columns.size());
        for (int i = 0; i < columns.size(); i++) {
            JsonNode node = array.get(i);
            if (node == null || node.isNull()) {
                values.add(null);
                continue;
            }
            values.add(
                    switch (columns.get(i).type()) {
                        case TEXT -> node.asString();
                        case DATE -> LocalDate.parse(node.asString());
                        case YEAR -> node.asInt();
                        default -> node.isNumber() ? node.decimalValue() : new BigDecimal(node.asString());
                    });
        }
        return values;
    }

    private static DatasetVersion version(ResultSet rs, int n) throws SQLException {
        Timestamp publishedAt = rs.getTimestamp("published_at");
        return new DatasetVersion(
                rs.getObject("id", UUID.class),
                new DatasetId(rs.getObject("dataset_id", UUID.class)),
                rs.getInt("number"),
                rs.getString("file_name"),
                rs.getString("file_sha256"),
                rs.getString("format"),
                rs.getString("encoding"),
                JSON.readValue(rs.getString("columns"), COLUMNS),
                rs.getInt("row_count"),
                rs.getInt("refused_count"),
                rs.getBoolean("published"),
                publishedAt == null ? null : publishedAt.toInstant(),
                rs.getString("imported_by"),
                rs.getTimestamp("imported_at").toInstant());
    }
}
