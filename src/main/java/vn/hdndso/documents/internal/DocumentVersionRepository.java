package vn.hdndso.documents.internal;

import java.sql.Timestamp;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.hdndso.documents.DocumentId;
import vn.hdndso.documents.DocumentVersion;
import vn.hdndso.documents.OutgoingDocument;
import vn.hdndso.shared.CouncilId;

/** The files of outgoing documents, one row per version, in SQL (staff only, by row-level security). */
@Repository
class DocumentVersionRepository {

    private static final String COLUMNS = """
            version, pdf_sha256, pdf_name, pdf_size, page_count, source_sha256, source_name, source_size,
            source_media_type, uploaded_by, uploaded_at""";

    private final JdbcClient jdbc;

    DocumentVersionRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(CouncilId council, DocumentId document, DocumentVersion v) {
        var source = v.source();
        jdbc.sql("""
                        insert into outgoing_document_version (id, council_id, document_id, version, pdf_sha256,
                          pdf_name, pdf_size, page_count, source_sha256, source_name, source_size, source_media_type,
                          uploaded_by, uploaded_at)
                        values (:id, :council, :document, :version, :pdfSha, :pdfName, :pdfSize, :pages, :sourceSha,
                          :sourceName, :sourceSize, :sourceType, :by, :at)""")
                .param("id", UUID.randomUUID())
                .param("council", council.value())
                .param("document", document.value())
                .param("version", v.version())
                .param("pdfSha", v.pdf().sha256())
                .param("pdfName", v.pdf().name())
                .param("pdfSize", v.pdf().size())
                .param("pages", v.pageCount())
                .param("sourceSha", source == null ? null : source.sha256())
                .param("sourceName", source == null ? null : source.name())
                .param("sourceSize", source == null ? null : source.size())
                .param("sourceType", v.sourceMediaType())
                .param("by", v.uploadedBy())
                .param("at", Timestamp.from(v.uploadedAt()))
                .update();
    }

    List<DocumentVersion> of(CouncilId council, DocumentId document) {
        return jdbc.sql("select " + COLUMNS + " from outgoing_document_version"
                        + " where council_id = :council and document_id = :document order by version")
                .param("council", council.value())
                .param("document", document.value())
                .query(DocumentVersionRepository::map)
                .list();
    }

    Optional<DocumentVersion> find(CouncilId council, DocumentId document, int version) {
        return jdbc.sql("select " + COLUMNS + " from outgoing_document_version"
                        + " where council_id = :council and document_id = :document and version = :version")
                .param("council", council.value())
                .param("document", document.value())
                .param("version", version)
                .query(DocumentVersionRepository::map)
                .optional();
    }

    private static DocumentVersion map(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        String sourceSha = rs.getString("source_sha256");
        return new DocumentVersion(
                rs.getInt("version"),
                new OutgoingDocument.Content(
                        rs.getString("pdf_sha256"), rs.getString("pdf_name"), rs.getLong("pdf_size")),
                rs.getInt("page_count"),
                sourceSha == null
                        ? null
                        : new OutgoingDocument.Content(
                                sourceSha, rs.getString("source_name"), rs.getLong("source_size")),
                rs.getString("source_media_type"),
                rs.getString("uploaded_by"),
                Objects.requireNonNull(rs.getTimestamp("uploaded_at")).toInstant());
    }
}
