package vn.hdndso.documents.internal;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.hdndso.documents.DocumentType;
import vn.hdndso.documents.IncomingDocument;
import vn.hdndso.documents.IncomingDocumentId;
import vn.hdndso.documents.IncomingSignatures;
import vn.hdndso.documents.IncomingStatus;
import vn.hdndso.documents.Urgency;
import vn.hdndso.files.StoredFileId;
import vn.hdndso.shared.CouncilId;
import vn.hdndso.shared.NotFoundException;

/** Incoming documents in SQL. Row-level security scopes every query to the council's staff. */
@Repository
class IncomingRepository {

    private final JdbcClient jdbc;

    IncomingRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Filters of the list; nulls and {@code false} mean "any".
     *
     * @param overdue deadline before {@code today} and not done
     * @param dueBy deadline from {@code today} up to this day and not done
     */
    public record Filter(
            @Nullable Integer year,
            @Nullable IncomingStatus status,
            boolean overdue,
            @Nullable LocalDate dueBy,
            @Nullable String q,
            LocalDate today) {}

    public void insert(IncomingDocument d) {
        jdbc.sql("""
                        insert into incoming_document (id, council_id, arrival_year, arrival_number, received_on,
                          issuing_body, number_symbol, document_date, type_code, subject, urgency, status, file_id,
                          file_sha256, file_name, page_count, signature_count, signature_status, signer_names,
                          duplicate_of, demo, created_by, created_at)
                        values (:id, :council, :year, :number, :receivedOn, :issuingBody, :numberSymbol,
                          :documentDate, :type, :subject, :urgency, :status, :fileId, :sha, :fileName, :pages,
                          :signatureCount, :signatureStatus, :signers, :duplicateOf, :demo, :createdBy, :createdAt)""")
                .param("id", d.id().value())
                .param("council", d.council().value())
                .param("year", d.arrivalYear())
                .param("number", d.arrivalNumber())
                .param("receivedOn", Date.valueOf(d.receivedOn()))
                .param("issuingBody", d.issuingBody())
                .param("numberSymbol", d.numberSymbol())
                .param("documentDate", Date.valueOf(d.documentDate()))
                .param("type", d.type().code())
                .param("subject", d.subject())
                .param("urgency", d.urgency().name())
                .param("status", d.status().name())
                .param("fileId", d.file().id().value())
                .param("sha", d.file().sha256())
                .param("fileName", d.file().name())
                .param("pages", d.file().pageCount())
                .param("signatureCount", d.signatures().count())
                .param("signatureStatus", d.signatures().status().name())
                .param("signers", String.join("\n", d.signatures().signerNames()))
                .param(
                        "duplicateOf",
                        d.duplicateOf() == null ? null : d.duplicateOf().value())
                .param("demo", d.demo())
                .param("createdBy", d.createdBy())
                .param("createdAt", Timestamp.from(d.createdAt()))
                .update();
    }

    /** Writes the handling state of {@code d}. */
    public void updateHandling(IncomingDocument d) {
        jdbc.sql("""
                        update incoming_document set status = :status, handler_user_id = :handlerId,
                          handler_name = :handlerName, deadline = :deadline, assigned_on = :assignedOn,
                          progress_note = :note, reply_number_symbol = :reply, completed_at = :completedAt,
                          updated_at = now()
                        where id = :id and council_id = :council""")
                .param("status", d.status().name())
                .param("handlerId", d.handler() == null ? null : d.handler().userId())
                .param("handlerName", d.handler() == null ? null : d.handler().fullName())
                .param("deadline", d.deadline() == null ? null : Date.valueOf(d.deadline()))
                .param("assignedOn", d.assignedOn() == null ? null : Date.valueOf(d.assignedOn()))
                .param("note", d.progressNote())
                .param("reply", d.replyNumberSymbol())
                .param("completedAt", d.completedAt() == null ? null : Timestamp.from(d.completedAt()))
                .param("id", d.id().value())
                .param("council", d.council().value())
                .update();
    }

    public Optional<IncomingDocument> find(CouncilId council, IncomingDocumentId id) {
        return jdbc.sql("select * from incoming_document where id = :id and council_id = :council")
                .param("id", id.value())
                .param("council", council.value())
                .query(IncomingRepository::document)
                .optional();
    }

    /** Locks the row for a change of its handling; a document outside the scope is not found. */
    IncomingDocument lock(CouncilId council, IncomingDocumentId id) {
        return findForUpdate(council, id).orElseThrow(() -> new NotFoundException("documents.incoming.notFound", id));
    }

    public Optional<IncomingDocument> findForUpdate(CouncilId council, IncomingDocumentId id) {
        return jdbc.sql("select * from incoming_document where id = :id and council_id = :council for update")
                .param("id", id.value())
                .param("council", council.value())
                .query(IncomingRepository::document)
                .optional();
    }

    /** The earliest registration with the same number/symbol and issuing body in the same year. */
    public Optional<IncomingDocument> findDuplicate(
            CouncilId council, String numberSymbol, String issuingBody, int documentYear) {
        return jdbc.sql("""
                        select * from incoming_document
                        where council_id = :council and lower(number_symbol) = lower(:symbol)
                          and lower(issuing_body) = lower(:body) and extract(year from document_date) = :year
                        order by arrival_year, arrival_number limit 1""")
                .param("council", council.value())
                .param("symbol", numberSymbol)
                .param("body", issuingBody)
                .param("year", documentYear)
                .query(IncomingRepository::document)
                .optional();
    }

    /** Newest first. */
    public List<IncomingDocument> list(CouncilId council, Filter filter, int offset, int limit) {
        Map<String, Object> params = new LinkedHashMap<>();
        String where = where(council, filter, params);
        params.put("offset", offset);
        params.put("limit", limit);
        return jdbc.sql("select * from incoming_document where " + where
                        + " order by arrival_year desc, arrival_number desc offset :offset limit :limit")
                .params(params)
                .query(IncomingRepository::document)
                .list();
    }

    /** In register order: by year, then arrival number. */
    public List<IncomingDocument> register(CouncilId council, Filter filter) {
        Map<String, Object> params = new LinkedHashMap<>();
        String where = where(council, filter, params);
        return jdbc.sql("select * from incoming_document where " + where + " order by arrival_year, arrival_number")
                .params(params)
                .query(IncomingRepository::document)
                .list();
    }

    public long count(CouncilId council, Filter filter) {
        Map<String, Object> params = new LinkedHashMap<>();
        String where = where(council, filter, params);
        return jdbc.sql("select count(*) from incoming_document where " + where)
                .params(params)
                .query(Long.class)
                .single();
    }

    public List<Integer> years(CouncilId council) {
        return jdbc.sql("select distinct arrival_year from incoming_document where council_id = :council"
                        + " order by arrival_year desc")
                .param("council", council.value())
                .query(Integer.class)
                .list();
    }

    private static String where(CouncilId council, Filter filter, Map<String, Object> params) {
        List<String> conditions = new ArrayList<>();
        conditions.add("council_id = :council");
        params.put("council", council.value());
        if (filter.year() != null) {
            conditions.add("arrival_year = :year");
            params.put("year", filter.year());
        }
        if (filter.status() != null) {
            conditions.add("status = :status");
            params.put("status", filter.status().name());
        }
        if (filter.overdue()) {
            conditions.add("status <> 'DONE' and deadline < :today");
            params.put("today", Date.valueOf(filter.today()));
        }
        if (filter.dueBy() != null) {
            conditions.add("status <> 'DONE' and deadline >= :today and deadline <= :dueBy");
            params.put("today", Date.valueOf(filter.today()));
            params.put("dueBy", Date.valueOf(filter.dueBy()));
        }
        if (filter.q() != null && !filter.q().isBlank()) {
            conditions.add("(subject ilike :q or number_symbol ilike :q or issuing_body ilike :q)");
            params.put(
                    "q",
                    "%"
                            + filter.q()
                                    .strip()
                                    .replace("\\", "\\\\")
                                    .replace("%", "\\%")
                                    .replace("_", "\\_") + "%");
        }
        return String.join(" and ", conditions);
    }

    private static IncomingDocument document(ResultSet rs, int row) throws SQLException {
        UUID handlerId = rs.getObject("handler_user_id", UUID.class);
        Date deadline = rs.getDate("deadline");
        Date assignedOn = rs.getDate("assigned_on");
        Timestamp completedAt = rs.getTimestamp("completed_at");
        UUID duplicateOf = rs.getObject("duplicate_of", UUID.class);
        String signers = rs.getString("signer_names");
        return new IncomingDocument(
                new IncomingDocumentId(rs.getObject("id", UUID.class)),
                new CouncilId(rs.getObject("council_id", UUID.class)),
                rs.getInt("arrival_year"),
                rs.getInt("arrival_number"),
                rs.getDate("received_on").toLocalDate(),
                rs.getString("issuing_body"),
                rs.getString("number_symbol"),
                rs.getDate("document_date").toLocalDate(),
                DocumentType.byCode(rs.getString("type_code")).orElseThrow(),
                rs.getString("subject"),
                Urgency.valueOf(rs.getString("urgency")),
                IncomingStatus.valueOf(rs.getString("status")),
                handlerId == null ? null : new IncomingDocument.Handler(handlerId, rs.getString("handler_name")),
                deadline == null ? null : deadline.toLocalDate(),
                assignedOn == null ? null : assignedOn.toLocalDate(),
                rs.getString("progress_note"),
                rs.getString("reply_number_symbol"),
                completedAt == null ? null : completedAt.toInstant(),
                new IncomingDocument.File(
                        new StoredFileId(rs.getObject("file_id", UUID.class)),
                        rs.getString("file_sha256"),
                        rs.getString("file_name"),
                        rs.getInt("page_count")),
                new IncomingSignatures(
                        rs.getInt("signature_count"),
                        IncomingSignatures.Status.valueOf(rs.getString("signature_status")),
                        signers.isEmpty() ? List.of() : Arrays.asList(signers.split("\n"))),
                duplicateOf == null ? null : new IncomingDocumentId(duplicateOf),
                rs.getBoolean("demo"),
                rs.getString("created_by"),
                rs.getTimestamp("created_at").toInstant());
    }

    /** Keeps the file as received (a DOCX or ODT) beside the registered PDF. */
    void attachSource(CouncilId council, IncomingDocumentId id, vn.hdndso.files.StoredFileId file) {
        jdbc.sql("update incoming_document set source_file_id = :file where council_id = :council and id = :id")
                .param("file", file.value())
                .param("council", council.value())
                .param("id", id.value())
                .update();
    }

    java.util.Optional<vn.hdndso.files.StoredFileId> sourceFile(CouncilId council, IncomingDocumentId id) {
        return jdbc.sql("select source_file_id from incoming_document"
                        + " where council_id = :council and id = :id and source_file_id is not null")
                .param("council", council.value())
                .param("id", id.value())
                .query((rs, n) -> new vn.hdndso.files.StoredFileId(rs.getObject(1, java.util.UUID.class)))
                .optional();
    }
}
