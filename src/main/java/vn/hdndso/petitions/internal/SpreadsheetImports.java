package vn.hdndso.petitions.internal;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.hdndso.identity.CurrentUser;
import vn.hdndso.petitions.NewPetition;
import vn.hdndso.petitions.PetitionImports;
import vn.hdndso.petitions.Petitions;
import vn.hdndso.shared.CouncilId;
import vn.hdndso.shared.InvalidInputException;
import vn.hdndso.shared.Sha256;
import vn.hdndso.shared.VnTime;
import vn.hdndso.shared.audit.AuditEvent;

/** {@link PetitionImports}: reads the file, checks the rows ({@link ImportRows}), submits each through intake. */
@Service
class SpreadsheetImports implements PetitionImports {

    private static final int PREVIEW_ROWS = 20;

    private final Petitions petitions;
    private final ImportRows rows;
    private final ApplicationEventPublisher events;
    private final JdbcClient jdbc;
    private final Clock clock;

    SpreadsheetImports(
            Petitions petitions, ImportRows rows, ApplicationEventPublisher events, JdbcClient jdbc, Clock clock) {
        this.petitions = petitions;
        this.rows = rows;
        this.events = events;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public Preview preview(CouncilId council, String fileName, byte[] content, Map<String, String> mapping) {
        Spreadsheet.Table table = read(fileName, content);
        Map<String, String> used = ImportRows.mapping(table.headers(), mapping);
        List<Row> all = rows.rows(council, table, used, VnTime.today(clock));
        List<Row> problems = all.stream().filter(r -> !r.problems().isEmpty()).toList();
        return new Preview(
                table.encoding(),
                table.headers(),
                used,
                all.size(),
                problems.size(),
                (int) all.stream().filter(Row::alreadyImported).count(),
                all.subList(0, Math.min(PREVIEW_ROWS, all.size())),
                problems.subList(0, Math.min(100, problems.size())));
    }

    @Override
    @Transactional
    public Result importRows(CouncilId council, String fileName, byte[] content, Map<String, String> mapping) {
        Spreadsheet.Table table = read(fileName, content);
        Map<String, String> used = ImportRows.mapping(table.headers(), mapping);
        List<Row> all = rows.rows(council, table, used, VnTime.today(clock));
        var problems = new InvalidInputException.Collector();
        int reported = 0;
        for (Row row : all) {
            for (var p : row.problems().entrySet()) {
                if (reported++ < 200) {
                    problems.add("rows[" + row.number() + "]." + p.getKey(), p.getValue(), row.number());
                }
            }
        }
        problems.throwIfAny();
        int imported = 0;
        int skipped = 0;
        for (Row row : all) {
            if (row.alreadyImported()) {
                skipped++;
                continue;
            }
            Map<String, String> v = row.values();
            petitions.submit(
                    council,
                    NewPetition.imported(
                            v.get("content"),
                            ImportRows.blank(v.get("submitterName")),
                            ImportRows.blank(v.get("contact")),
                            ImportRows.blank(v.get("area")),
                            ImportRows.key(v),
                            ImportRows.date(v.get("receivedOn"))));
            imported++;
        }
        jdbc.sql("""
                        insert into petition_import (id, council_id, file_name, sha256, total_rows, imported, skipped, created_by)
                        values (:id, :council, :name, :sha, :total, :imported, :skipped, :by)""")
                .param("id", UUID.randomUUID())
                .param("council", council.value())
                .param("name", fileName.length() > 255 ? fileName.substring(0, 255) : fileName)
                .param("sha", Sha256.hex(content))
                .param("total", all.size())
                .param("imported", imported)
                .param("skipped", skipped)
                .param("by", CurrentUser.describe())
                .update();
        events.publishEvent(AuditEvent.of(council, "petitions.import.done", "import", fileName)
                .with("rows", all.size())
                .with("imported", imported)
                .with("skipped", skipped));
        return new Result(all.size(), imported, skipped);
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
}
