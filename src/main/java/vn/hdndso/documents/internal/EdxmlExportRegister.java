package vn.hdndso.documents.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;
import vn.hdndso.documents.DocumentId;
import vn.hdndso.documents.EdxmlExports;
import vn.hdndso.documents.EdxmlMessage;
import vn.hdndso.documents.EdxmlPackageExported;
import vn.hdndso.identity.CurrentUser;
import vn.hdndso.shared.CouncilId;
import vn.hdndso.shared.VnTime;

/** {@link EdxmlExports} in SQL: one row per package and recipient. Row-level security scopes it. */
@Repository
class EdxmlExportRegister implements EdxmlExports {

    private static final String EXPORTED_LOCALLY = "(e.exported_at at time zone '" + VnTime.ZONE_ID + "')::date";

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    EdxmlExportRegister(JdbcClient jdbc, ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.events = events;
        this.clock = clock;
    }

    @Override
    @Transactional
    public Export record(
            CouncilId council, DocumentId document, String numberSymbol, List<EdxmlMessage.Organisation> to) {
        UUID packageId = UUID.randomUUID();
        Instant now = Instant.now(clock);
        for (EdxmlMessage.Organisation organisation : to) {
            jdbc.sql("""
                            insert into edxml_export (id, council_id, package_id, document_id, organ_id, organ_name,
                              exported_at, exported_by)
                            values (:id, :council, :package, :document, :organId, :organName, :at, :by)""")
                    .param("id", UUID.randomUUID())
                    .param("council", council.value())
                    .param("package", packageId)
                    .param("document", document.value())
                    .param("organId", organisation.organId())
                    .param("organName", organisation.organName())
                    .param("at", Timestamp.from(now))
                    .param("by", CurrentUser.describe())
                    .update();
        }
        events.publishEvent(new EdxmlPackageExported(
                council,
                packageId,
                document,
                to.stream().map(EdxmlMessage.Organisation::organId).toList(),
                now));
        return new Export(packageId, document, numberSymbol, to, now);
    }

    @Override
    @Transactional(readOnly = true)
    public List<Export> between(CouncilId council, LocalDate from, LocalDate to) {
        record Row(UUID packageId, UUID document, String numberSymbol, String organId, String organName, Instant at) {}
        List<Row> rows = jdbc.sql("""
                        select e.package_id, e.document_id, d.number_symbol, e.organ_id, e.organ_name, e.exported_at
                        from edxml_export e join outgoing_document d on d.id = e.document_id
                        where e.council_id = :council and %s between :from and :to
                        order by e.exported_at desc, e.package_id, e.id""".formatted(EXPORTED_LOCALLY))
                .param("council", council.value())
                .param("from", from)
                .param("to", to)
                .query((rs, n) -> new Row(
                        rs.getObject("package_id", UUID.class),
                        rs.getObject("document_id", UUID.class),
                        rs.getString("number_symbol"),
                        rs.getString("organ_id"),
                        rs.getString("organ_name"),
                        rs.getTimestamp("exported_at").toInstant()))
                .list();
        Map<UUID, List<Row>> byPackage = new LinkedHashMap<>();
        rows.forEach(r ->
                byPackage.computeIfAbsent(r.packageId(), k -> new ArrayList<>()).add(r));
        return byPackage.values().stream()
                .map(parts -> new Export(
                        parts.getFirst().packageId(),
                        new DocumentId(parts.getFirst().document()),
                        parts.getFirst().numberSymbol(),
                        parts.stream()
                                .map(r -> EdxmlMessage.Organisation.of(r.organId(), r.organName()))
                                .toList(),
                        parts.getFirst().at()))
                .toList();
    }
}
