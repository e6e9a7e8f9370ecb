package vn.hdndso.petitions.internal;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import vn.hdndso.petitions.PetitionImports.Row;
import vn.hdndso.shared.CouncilId;
import vn.hdndso.shared.InvalidInputException;
import vn.hdndso.shared.Sha256;
import vn.hdndso.shared.VnText;

/**
 * The rows of an imported list: the column mapping (guessed from the headers where not given),
 * each row's problems, its stable key and whether it is in already.
 */
@Component
class ImportRows {

    private static final List<String> TARGETS = vn.hdndso.petitions.PetitionImports.TARGETS;
    private static final List<DateTimeFormatter> DATES = List.of(
            DateTimeFormatter.ofPattern("d/M/uuuu"),
            DateTimeFormatter.ofPattern("d-M-uuuu"),
            DateTimeFormatter.ISO_LOCAL_DATE,
            DateTimeFormatter.ofPattern("d.M.uuuu"));

    private final PetitionRepository petitions;

    ImportRows(PetitionRepository petitions) {
        this.petitions = petitions;
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

    List<Row> rows(CouncilId council, Spreadsheet.Table table, Map<String, String> mapping, LocalDate today) {
        List<Row> rows = new ArrayList<>();
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (int r = 0; r < table.rows().size(); r++) {
            // spreadsheet row number: the header is row 1
            rows.add(row(council, r + 2, table.rows().get(r), table.headers(), mapping, today, seen));
        }
        return rows;
    }

    /**
     * One row checked: its values by target, its problems, and whether it is in already (imported
     * before, or its key in {@code seen}, the keys met earlier in the same file, which it joins).
     */
    Row row(
            CouncilId council,
            int number,
            List<String> cells,
            List<String> headers,
            Map<String, String> mapping,
            LocalDate today,
            java.util.Set<String> seen) {
        Map<String, String> values = new LinkedHashMap<>();
        for (var m : mapping.entrySet()) {
            int column = headers.indexOf(m.getValue());
            values.put(m.getKey(), column >= 0 && column < cells.size() ? cells.get(column) : "");
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
            } else if (parsed.isAfter(today)) {
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
            already = !seen.add(key) || petitions.sourceKeyTaken(council, key);
        }
        return new Row(number, values, problems, already);
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
        return "import:" + Sha256.hex(joined).substring(0, 40);
    }

    static @Nullable String blank(@Nullable String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
