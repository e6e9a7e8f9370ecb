package vn.hdndso.petitions;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.hdndso.petitions.internal.PetitionRepository;
import vn.hdndso.petitions.internal.Spreadsheet;
import vn.hdndso.shared.CouncilId;
import vn.hdndso.shared.InvalidInputException;
import vn.hdndso.shared.VnText;
import vn.hdndso.shared.audit.AuditEvent;

/**
 * Import of petition lists (CSV or XLSX, e.g. collected by the Fatherland Front or a delegate
 * group): the columns are mapped to fields (guessed from the header, changeable), a preview shows
 * every row's problems, and the import itself is all or nothing. Each row gets a stable key from
 * its content, so importing the same list again adds nothing.
 */
@Service
public class PetitionImports {

    /** The petition fields a column can be mapped to. */
    public static final List<String> TARGETS = List.of("content", "submitterName", "contact", "area", "receivedOn");

    private static final int PREVIEW_ROWS = 20;
    private static final List<DateTimeFormatter> DATES = List.of(
            DateTimeFormatter.ofPattern("d/M/uuuu"),
            DateTimeFormatter.ofPattern("d-M-uuuu"),
            DateTimeFormatter.ISO_LOCAL_DATE,
            DateTimeFormatter.ofPattern("d.M.uuuu"));

    private final Petitions petitions;
    private final PetitionRepository repository;
    private final ApplicationEventPublisher events;
    private final JdbcClient jdbc;

    PetitionImports(
            Petitions petitions, PetitionRepository repository, ApplicationEventPublisher events, JdbcClient jdbc) {
        this.petitions = petitions;
        this.repository = repository;
        this.events = events;
        this.jdbc = jdbc;
    }

    /** A row as it will be imported, its problems (field → message key), and whether it is already in. */
    public record Row(int number, Map<String, String> values, Map<String, String> problems, boolean alreadyImported) {}

    /** What the preview shows. */
    public record Preview(
            String encoding,
            List<String> headers,
            Map<String, String> mapping,
            int totalRows,
            int rowsWithProblems,
            int alreadyImported,
            List<Row> rows,
            List<Row> problemRows) {}

    /** What an import did. */
    public record Result(int totalRows, int imported, int skipped) {}

    /**
     * Reads the file and checks every row against the mapping (target field → header); a missing
     * mapping is guessed from the headers.
     */
    @Transactional(readOnly = true)
    public Preview preview(CouncilId council, String fileName, byte[] content, Map<String, String> mapping) {
        Spreadsheet.Table table = read(fileName, content);
        Map<String, String> used = mapping(table.headers(), mapping);
        List<Row> rows = rows(council, table, used);
        List<Row> problems = rows.stream().filter(r -> !r.problems().isEmpty()).toList();
        return new Preview(
                table.encoding(),
                table.headers(),
                used,
                rows.size(),
                problems.size(),
                (int) rows.stream().filter(Row::alreadyImported).count(),
                rows.subList(0, Math.min(PREVIEW_ROWS, rows.size())),
                problems.subList(0, Math.min(100, problems.size())));
    }

    /**
     * Imports every row, in one transaction: if any row has a problem nothing is imported and the
     * problems come back by row ({@code rows[12].receivedOn}). Rows imported before are skipped.
     */
    @Transactional
    public Result importRows(CouncilId council, String fileName, byte[] content, Map<String, String> mapping) {
        Spreadsheet.Table table = read(fileName, content);
        Map<String, String> used = mapping(table.headers(), mapping);
        List<Row> rows = rows(council, table, used);
        var problems = new InvalidInputException.Collector();
        int reported = 0;
        for (Row row : rows) {
            for (var p : row.problems().entrySet()) {
                if (reported++ < 200) {
                    problems.add("rows[" + row.number() + "]." + p.getKey(), p.getValue(), row.number());
                }
            }
        }
        problems.throwIfAny();
        int imported = 0;
        int skipped = 0;
        for (Row row : rows) {
            if (row.alreadyImported()) {
                skipped++;
                continue;
            }
            Map<String, String> v = row.values();
            petitions.submit(
                    council,
                    new NewPetition(
                            v.get("content"),
                            blank(v.get("submitterName")),
                            blank(v.get("contact")),
                            null,
                            blank(v.get("area")),
                            false,
                            PetitionChannel.IMPORT,
                            null,
                            null,
                            null,
                            null,
                            null,
                            key(v),
                            null,
                            null,
                            date(v.get("receivedOn"))));
            imported++;
        }
        jdbc.sql("""
                        insert into petition_import (id, council_id, file_name, sha256, total_rows, imported, skipped, created_by)
                        values (:id, :council, :name, :sha, :total, :imported, :skipped, :by)""")
                .param("id", UUID.randomUUID())
                .param("council", council.value())
                .param("name", fileName.length() > 255 ? fileName.substring(0, 255) : fileName)
                .param("sha", sha256(content))
                .param("total", rows.size())
                .param("imported", imported)
                .param("skipped", skipped)
                .param("by", Petitions.actor())
                .update();
        events.publishEvent(AuditEvent.of(council, "petitions.import.done", "import", fileName)
                .with("rows", rows.size())
                .with("imported", imported)
                .with("skipped", skipped));
        return new Result(rows.size(), imported, skipped);
    }

    private static Spreadsheet.Table read(String fileName, byte[] content) {
        if (content.length == 0) {
            throw InvalidInputException.of("file", "petitions.import.empty");
        }
        try {
            return Spreadsheet.read(fileName, content);
        } catch (IllegalArgumentException e) {
            throw InvalidInputException.of(
                    "file", e.getMessage() == null ? "petitions.import.unreadable" : e.getMessage());
        }
    }

    /** The mapping asked for, completed by guesses from the headers; checks that it fits the file. */
    static Map<String, String> mapping(List<String> headers, Map<String, String> asked) {
        Map<String, String> used = new LinkedHashMap<>();
        var problems = new InvalidInputException.Collector();
        for (String target : TARGETS) {
            String header = asked.get(target);
            if (header != null && !header.isBlank()) {
                if (!headers.contains(header)) {
                    problems.add("mapping." + target, "petitions.import.noSuchColumn", header);
                }
                used.put(target, header);
            } else {
                String guess = guess(target, headers);
                if (guess != null) {
                    used.put(target, guess);
                }
            }
        }
        if (!used.containsKey("content")) {
            problems.add("mapping.content", "petitions.import.contentColumn", String.join(", ", headers));
        }
        problems.throwIfAny();
        return used;
    }

    private static @Nullable String guess(String target, List<String> headers) {
        List<String> words = switch (target) {
            case "content" -> List.of("noi dung", "kien nghi", "content", "y kien");
            case "submitterName" -> List.of("ho ten", "ho va ten", "nguoi kien nghi", "cu tri", "name");
            case "contact" -> List.of("dien thoai", "so dien thoai", "sdt", "lien he", "email", "contact");
            case "area" -> List.of("thon", "to dan pho", "dia ban", "khu vuc", "area");
            case "receivedOn" -> List.of("ngay", "date");
            default -> List.of();
        };
        for (String header : headers) {
            String folded = VnText.fold(header);
            for (String word : words) {
                if (folded.contains(word)) {
                    return header;
                }
            }
        }
        return null;
    }

    private List<Row> rows(CouncilId council, Spreadsheet.Table table, Map<String, String> mapping) {
        List<Row> rows = new ArrayList<>();
        Map<String, Integer> seen = new java.util.HashMap<>();
        for (int r = 0; r < table.rows().size(); r++) {
            List<String> cells = table.rows().get(r);
            int number = r + 2; // spreadsheet row number: the header is row 1
            Map<String, String> values = new LinkedHashMap<>();
            for (var m : mapping.entrySet()) {
                int column = table.headers().indexOf(m.getValue());
                values.put(m.getKey(), column < cells.size() ? cells.get(column) : "");
            }
            Map<String, String> problems = new LinkedHashMap<>();
            String text = values.getOrDefault("content", "");
            if (text.isBlank()) {
                problems.put("content", "petitions.import.row.contentMissing");
            } else if (text.length() > 5000) {
                problems.put("content", "petitions.import.row.contentTooLong");
            }
            if (text.contains("\uFFFD")) {
                problems.put("content", "petitions.import.row.encoding");
            }
            String date = values.get("receivedOn");
            if (date != null && !date.isBlank()) {
                LocalDate parsed = date(date);
                if (parsed == null) {
                    problems.put("receivedOn", "petitions.import.row.badDate");
                } else if (parsed.isAfter(Petitions.today())) {
                    problems.put("receivedOn", "petitions.import.row.futureDate");
                }
            }
            for (String f : List.of("submitterName", "contact", "area")) {
                if (values.getOrDefault(f, "").length() > 200) {
                    problems.put(f, "petitions.import.row.tooLong");
                }
            }
            boolean already = false;
            if (problems.isEmpty()) {
                String key = key(values);
                already = repository.sourceKeyTaken(council, key) || seen.containsKey(key);
                seen.putIfAbsent(key, number);
            }
            rows.add(new Row(number, values, problems, already));
        }
        return rows;
    }

    static @Nullable LocalDate date(@Nullable String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        for (DateTimeFormatter format : DATES) {
            try {
                return LocalDate.parse(value.strip(), format.withResolverStyle(java.time.format.ResolverStyle.STRICT));
            } catch (DateTimeParseException e) {
                // next format
            }
        }
        return null;
    }

    /** The row's stable key: the same petition of the same person on the same day is the same row. */
    static String key(Map<String, String> values) {
        String joined = String.join(
                "\u001f",
                VnText.fold(values.getOrDefault("content", "")),
                VnText.fold(values.getOrDefault("submitterName", "")),
                values.getOrDefault("contact", "").replaceAll("\\s", ""),
                String.valueOf(date(values.get("receivedOn"))));
        return "import:" + sha256(joined.getBytes(StandardCharsets.UTF_8)).substring(0, 40);
    }

    private static @Nullable String blank(@Nullable String value) {
        return value == null || value.isBlank() ? null : value;
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
