package vn.hdndso.reports.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.hdndso.documents.DocumentId;
import vn.hdndso.indicators.Period;
import vn.hdndso.shared.CouncilId;

/** The generated reports, under row-level security: the council's staff only. */
@Repository
class ReportRepository {

    private static final String COLUMNS =
            "id, council_id, period, document_id, subject, docx_sha256, pdf_sha256, created_by, created_at";

    private final JdbcClient jdbc;

    ReportRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A report's row as stored; its document's status is read from the documents. */
    record Row(
            UUID id,
            CouncilId council,
            Period period,
            DocumentId documentId,
            String subject,
            String docxSha256,
            String pdfSha256,
            String createdBy,
            java.time.Instant createdAt) {}

    void insert(Row row) {
        jdbc.sql("""
                        insert into periodic_report (id, council_id, period, document_id, subject, docx_sha256,
                                                     pdf_sha256, created_by, created_at)
                        values (:id, :council, :period, :document, :subject, :docx, :pdf, :by, :at)""")
                .param("id", row.id())
                .param("council", row.council().value())
                .param("period", row.period().toString())
                .param("document", row.documentId().value())
                .param("subject", row.subject())
                .param("docx", row.docxSha256())
                .param("pdf", row.pdfSha256())
                .param("by", row.createdBy())
                .param("at", Timestamp.from(row.createdAt()))
                .update();
    }

    List<Row> list(CouncilId council) {
        return jdbc.sql("select " + COLUMNS + " from periodic_report where council_id = :council"
                        + " order by created_at desc, id")
                .param("council", council.value())
                .query(ReportRepository::row)
                .list();
    }

    Optional<Row> find(CouncilId council, UUID id) {
        return jdbc.sql("select " + COLUMNS + " from periodic_report where council_id = :council and id = :id")
                .param("council", council.value())
                .param("id", id)
                .query(ReportRepository::row)
                .optional();
    }

    private static Row row(ResultSet rs, int n) throws SQLException {
        return new Row(
                rs.getObject("id", UUID.class),
                new CouncilId(rs.getObject("council_id", UUID.class)),
                Period.parse(rs.getString("period")),
                new DocumentId(rs.getObject("document_id", UUID.class)),
                rs.getString("subject"),
                rs.getString("docx_sha256"),
                rs.getString("pdf_sha256"),
                rs.getString("created_by"),
                rs.getTimestamp("created_at").toInstant());
    }
}
