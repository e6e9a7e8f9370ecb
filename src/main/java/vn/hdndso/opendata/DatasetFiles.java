package vn.hdndso.opendata;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.json.JsonMapper;

/**
 * A dataset version as downloadable files: CSV (UTF-8 with a byte-order mark so that Excel shows
 * Vietnamese correctly, CRLF, RFC 4180 quoting, plain numbers, ISO dates) and JSON (the
 * description, the columns and one object per row keyed by column key).
 */
public final class DatasetFiles {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private DatasetFiles() {}

    /** Feeds every row of the version to the consumer it is given. */
    public interface RowSource {
        void each(Consumer<DataRow> sink);
    }

    public static void csv(DatasetVersion version, RowSource rows, OutputStream out) {
        try {
            Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            w.write('\uFEFF');
            List<String> header = new ArrayList<>();
            for (Column c : version.columns()) {
                header.add(c.label());
            }
            line(w, header);
            rows.each(row -> {
                List<String> cells = new ArrayList<>(row.values().size());
                for (Object v : row.values()) {
                    cells.add(CellText.plain(v));
                }
                try {
                    line(w, cells);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            w.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void line(Writer w, List<String> cells) throws IOException {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                w.write(',');
            }
            String cell = cells.get(i);
            if (cell.indexOf(',') >= 0
                    || cell.indexOf('"') >= 0
                    || cell.indexOf('\n') >= 0
                    || cell.indexOf('\r') >= 0) {
                w.write('"');
                w.write(cell.replace("\"", "\"\""));
                w.write('"');
            } else {
                w.write(cell);
            }
        }
        w.write("\r\n");
    }

    public static void json(Dataset dataset, DatasetVersion version, String url, RowSource rows, OutputStream out) {
        try (JsonGenerator g = JSON.createGenerator(out)) {
            g.writeStartObject();
            g.writeStringProperty("id", dataset.id().toString());
            g.writeStringProperty("title", dataset.title());
            g.writeStringProperty("description", dataset.description());
            g.writeStringProperty("source", dataset.source());
            g.writeStringProperty("period", dataset.period());
            g.writeStringProperty("licence", dataset.licence());
            g.writeStringProperty("theme", dataset.theme().name());
            g.writeStringProperty("url", url);
            g.writeNumberProperty("version", version.number());
            g.writeStringProperty(
                    "modified",
                    version.publishedAt() == null
                            ? version.importedAt().toString()
                            : version.publishedAt().toString());
            g.writeName("columns");
            g.writeStartArray();
            for (Column c : version.columns()) {
                g.writeStartObject();
                g.writeStringProperty("key", c.key());
                g.writeStringProperty("name", c.name());
                g.writeStringProperty("type", c.type().name());
                g.writeStringProperty("unit", c.unit().symbol());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeName("rows");
            g.writeStartArray();
            rows.each(row -> {
                g.writeStartObject();
                for (int i = 0; i < version.columns().size(); i++) {
                    Object v = i < row.values().size() ? row.values().get(i) : null;
                    String key = version.columns().get(i).key();
                    switch (v) {
                        case null -> g.writeNullProperty(key);
                        case BigDecimal n -> g.writeNumberProperty(key, n);
                        case Integer n -> g.writeNumberProperty(key, n);
                        default -> g.writeStringProperty(key, v.toString());
                    }
                }
                g.writeEndObject();
            });
            g.writeEndArray();
            g.writeEndObject();
        }
    }

    public static byte[] csvBytes(DatasetVersion version, RowSource rows) {
        var out = new ByteArrayOutputStream();
        csv(version, rows, out);
        return out.toByteArray();
    }

    public static byte[] jsonBytes(Dataset dataset, DatasetVersion version, String url, RowSource rows) {
        var out = new ByteArrayOutputStream();
        json(dataset, version, url, rows, out);
        return out.toByteArray();
    }
}
