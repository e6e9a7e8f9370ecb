package vn.hdndso.documents.internal;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.hdndso.documents.DocumentId;
import vn.hdndso.documents.DocumentQuery;
import vn.hdndso.documents.EditableOriginal;
import vn.hdndso.documents.OutgoingDocument;
import vn.hdndso.shared.CouncilId;
import vn.hdndso.shared.NotFoundException;
import vn.hdndso.shared.VnTime;

/** Outgoing documents and the outgoing register, in SQL. Row-level security scopes every query. */
@Repository
class DocumentRepository {

    /** When a document was created, on Vietnam's clock (a constant of the code, never input). */
    private static final String CREATED_LOCALLY = "(created_at at time zone '" + VnTime.ZONE_ID + "')";

    /**
     * A document's year: of its number, else of its creation in Vietnam's time (the stored column
     * {@code register_year}, indexed by {@code outgoing_document_year}).
     */
    private static final String YEAR = "register_year";

    private final JdbcClient jdbc;

    DocumentRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(OutgoingDocument d) {
        jdbc.sql("""
                        insert into outgoing_document (id, council_id, type_code, issuer_symbol, unit_symbol, normative,
                          subject, signer_name, signer_position, recipients, status, original_sha256, original_name,
                          original_size, page_count, demo, created_by, created_at, restricted, version)
                        values (:id, :council, :type, :issuer, :unit, :normative, :subject, :signerName,
                          :signerPosition, :recipients, :status, :sha, :name, :size, :pages, :demo, :createdBy,
                          :createdAt, :restricted, :version)""")
                .param("id", d.id().value())
                .param("council", d.council().value())
                .param("type", d.type().code())
                .param("issuer", d.issuerSymbol())
                .param("unit", d.unitSymbol())
                .param("normative", d.normative())
                .param("subject", d.subject())
                .param("signerName", d.signerName())
                .param("signerPosition", d.signerPosition())
                .param("recipients", d.recipients())
                .param("status", d.status().name())
                .param("sha", d.original().sha256())
                .param("name", d.original().name())
                .param("size", d.original().size())
                .param("pages", d.pageCount())
                .param("demo", d.demo())
                .param("createdBy", d.createdBy())
                .param("createdAt", Timestamp.from(d.createdAt()))
                .param("restricted", d.restricted())
                .param("version", d.version())
                .update();
    }

    /** Writes a draft's metadata and current file (its version). */
    void updateDraft(OutgoingDocument d) {
        jdbc.sql("""
                        update outgoing_document set type_code = :type, issuer_symbol = :issuer, unit_symbol = :unit,
                          normative = :normative, subject = :subject, signer_name = :signerName,
                          signer_position = :signerPosition, recipients = :recipients, restricted = :restricted,
                          original_sha256 = :sha, original_name = :name, original_size = :size, page_count = :pages,
                          version = :version, updated_at = now()
                        where id = :id""")
                .param("id", d.id().value())
                .param("type", d.type().code())
                .param("issuer", d.issuerSymbol())
                .param("unit", d.unitSymbol())
                .param("normative", d.normative())
                .param("subject", d.subject())
                .param("signerName", d.signerName())
                .param("signerPosition", d.signerPosition())
                .param("recipients", d.recipients())
                .param("restricted", d.restricted())
                .param("sha", d.original().sha256())
                .param("name", d.original().name())
                .param("size", d.original().size())
                .param("pages", d.pageCount())
                .param("version", d.version())
                .update();
    }

    /** Writes the workflow state of {@code d}. */
    void updateState(OutgoingDocument d) {
        var issue = d.issue();
        var signed = d.signed();
        jdbc.sql("""
                        update outgoing_document set status = :status, signed_sha256 = :signedSha,
                          signed_size = :signedSize, number = :number, number_year = :year, number_symbol = :symbol,
                          issue_date = :issueDate, issued_at = :issuedAt, submitted_by = :submittedBy,
                          approved_by = :approvedBy, approved_at = :approvedAt, recall_reason = :reason,
                          recalled_at = :recalledAt, return_comment = :comment, updated_at = now()
                        where id = :id""")
                .param("id", d.id().value())
                .param("status", d.status().name())
                .param("signedSha", signed == null ? null : signed.sha256())
                .param("signedSize", signed == null ? null : signed.size())
                .param("number", issue == null ? null : issue.number().number())
                .param("year", issue == null ? null : issue.number().year())
                .param("symbol", issue == null ? null : issue.number().format())
                .param("issueDate", issue == null ? null : issue.issueDate())
                .param("issuedAt", issue == null ? null : Timestamp.from(issue.issuedAt()))
                .param("submittedBy", d.submittedBy())
                .param("approvedBy", d.approvedBy())
                .param("approvedAt", d.approvedAt() == null ? null : Timestamp.from(d.approvedAt()))
                .param("reason", d.recallReason())
                .param("recalledAt", d.recalledAt() == null ? null : Timestamp.from(d.recalledAt()))
                .param("comment", d.returnComment())
                .update();
    }

    /** Labels a document as demo content. */
    void markDemo(CouncilId council, DocumentId id) {
        jdbc.sql("update outgoing_document set demo = true where council_id = :council and id = :id")
                .param("council", council.value())
                .param("id", id.value())
                .update();
    }

    /** The register entry of an issued document (sổ đăng ký văn bản đi). */
    void register(OutgoingDocument d) {
        var issue = d.issue();
        if (issue == null) {
            throw new IllegalStateException("only issued documents are registered");
        }
        jdbc.sql("""
                        insert into outgoing_register (id, council_id, document_id, issuer_symbol, year, series, number,
                          number_symbol, issue_date, type_code, subject, signer_name, recipients)
                        values (:id, :council, :document, :issuer, :year, :series, :number, :symbol, :issueDate,
                          :type, :subject, :signer, :recipients)""")
                .param("id", UUID.randomUUID())
                .param("council", d.council().value())
                .param("document", d.id().value())
                .param("issuer", d.issuerSymbol())
                .param("year", issue.number().year())
                .param("series", d.series())
                .param("number", issue.number().number())
                .param("symbol", issue.number().format())
                .param("issueDate", issue.issueDate())
                .param("type", d.type().code())
                .param("subject", d.subject())
                .param("signer", d.signerName())
                .param("recipients", d.recipients())
                .update();
    }

    void attachEditable(CouncilId council, DocumentId id, EditableOriginal docx) {
        attachEditable(council, id, docx, vn.hdndso.files.FileType.DOCX);
    }

    void attachEditable(CouncilId council, DocumentId id, EditableOriginal docx, vn.hdndso.files.FileType type) {
        jdbc.sql("""
                        update outgoing_document set editable_sha256 = :sha256, editable_name = :name,
                               editable_size = :size, editable_media_type = :type, updated_at = now()
                        where council_id = :council and id = :id""")
                .param("type", type.mediaType())
                .param("sha256", docx.sha256())
                .param("name", docx.name())
                .param("size", docx.size())
                .param("council", council.value())
                .param("id", id.value())
                .update();
    }

    /** The document no longer has an editable original (its file was replaced by a PDF). */
    void detachEditable(CouncilId council, DocumentId id) {
        jdbc.sql("""
                        update outgoing_document set editable_sha256 = null, editable_name = null,
                               editable_size = null, editable_media_type = null
                        where council_id = :council and id = :id""").param("council", council.value()).param("id", id.value()).update();
    }

    Optional<EditableOriginal> editableOriginal(CouncilId council, DocumentId id) {
        return jdbc.sql("""
                        select editable_sha256, editable_name, editable_size, editable_media_type from outgoing_document
                        where council_id = :council and id = :id and editable_sha256 is not null""")
                .param("council", council.value())
                .param("id", id.value())
                .query((rs, n) -> new EditableOriginal(
                        rs.getString("editable_name"),
                        rs.getString("editable_sha256"),
                        rs.getLong("editable_size"),
                        java.util.Objects.requireNonNullElse(
                                rs.getString("editable_media_type"), EditableOriginal.MEDIA_TYPE)))
                .optional();
    }

    Optional<OutgoingDocument> find(CouncilId council, DocumentId id) {
        return jdbc.sql("select " + OutgoingDocumentRows.COLUMNS
                        + " from outgoing_document where council_id = :council and id = :id")
                .param("council", council.value())
                .param("id", id.value())
                .query(OutgoingDocumentRows::map)
                .optional();
    }

    /** Locks the row for a state change; a document outside the scope is not found. */
    OutgoingDocument lock(CouncilId council, DocumentId id) {
        return findForUpdate(council, id).orElseThrow(() -> new NotFoundException("documents.notFound", id));
    }

    /** Locks the row for a state change. */
    Optional<OutgoingDocument> findForUpdate(CouncilId council, DocumentId id) {
        return jdbc.sql("select " + OutgoingDocumentRows.COLUMNS
                        + " from outgoing_document where council_id = :council and id = :id for update")
                .param("council", council.value())
                .param("id", id.value())
                .query(OutgoingDocumentRows::map)
                .optional();
    }

    boolean registered(CouncilId council, String issuer, int year, String series, int number) {
        return jdbc.sql("""
                        select count(*) from outgoing_register where council_id = :council and issuer_symbol = :issuer
                          and year = :year and series = :series and number = :number""")
                        .param("council", council.value())
                        .param("issuer", issuer)
                        .param("year", year)
                        .param("series", series)
                        .param("number", number)
                        .query(Long.class)
                        .single()
                > 0;
    }

    /** Newest first: issued ones by issue date and number, the others by creation. */
    List<OutgoingDocument> list(CouncilId council, DocumentQuery filter, int offset, int limit) {
        var where = where(filter);
        var query = jdbc.sql("select " + OutgoingDocumentRows.COLUMNS + " from outgoing_document where " + where.sql()
                        + " order by coalesce(issue_date, " + CREATED_LOCALLY + "::date) desc,"
                        + " number desc nulls first, created_at desc offset :offset limit :limit")
                .param("council", council.value())
                .param("offset", offset)
                .param("limit", limit);
        where.params().forEach(p -> query.param(p.name(), p.value()));
        return query.query(OutgoingDocumentRows::map).list();
    }

    long count(CouncilId council, DocumentQuery filter) {
        var where = where(filter);
        var query = jdbc.sql("select count(*) from outgoing_document where " + where.sql())
                .param("council", council.value());
        where.params().forEach(p -> query.param(p.name(), p.value()));
        return query.query(Long.class).single();
    }

    /** The documents the filter finds, counted no further than {@code limit}. */
    long countUpTo(CouncilId council, DocumentQuery filter, long limit) {
        var where = where(filter);
        var query = jdbc.sql("select count(*) from (select 1 from outgoing_document where " + where.sql()
                        + " limit :limit) found")
                .param("council", council.value())
                .param("limit", limit);
        where.params().forEach(p -> query.param(p.name(), p.value()));
        return query.query(Long.class).single();
    }

    /**
     * The years that have documents, newest first (for the year filter): one step down the index
     * {@code outgoing_document_year} per year (a loose index scan), not a read of every document.
     */
    List<Integer> years(CouncilId council) {
        return jdbc.sql("""
                        with recursive y (y) as (
                          (select %1$s from outgoing_document where council_id = :council order by 1 desc limit 1)
                          union all
                          select (select %1$s from outgoing_document where council_id = :council and %1$s < y.y
                                  order by 1 desc limit 1)
                          from y where y.y is not null)
                        select y from y where y.y is not null""".formatted(YEAR))
                .param("council", council.value())
                .query(Integer.class)
                .list();
    }

    private record Param(String name, Object value) {}

    private record Where(String sql, List<Param> params) {}

    private static Where where(DocumentQuery filter) {
        var sql = new StringBuilder("council_id = :council");
        var params = new ArrayList<Param>();
        if (filter.status() != null) {
            sql.append(" and status = :status");
            params.add(new Param("status", filter.status().name()));
        }
        if (filter.type() != null) {
            sql.append(" and type_code = :type");
            params.add(new Param("type", filter.type().code()));
        }
        if (filter.year() != null) {
            sql.append(" and " + YEAR + " = :year");
            params.add(new Param("year", filter.year()));
        }
        if (filter.q() != null && !filter.q().isBlank()) {
            sql.append(" and (subject ilike :q or number_symbol ilike :q or signer_name ilike :q)");
            params.add(
                    new Param("q", "%" + filter.q().strip().replace("%", "\\%").replace("_", "\\_") + "%"));
        }
        return new Where(sql.toString(), params);
    }
}
