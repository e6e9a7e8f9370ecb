package vn.hdndso.documents.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import vn.hdndso.documents.DocumentId;
import vn.hdndso.documents.DocumentNumber;
import vn.hdndso.documents.DocumentStatus;
import vn.hdndso.documents.DocumentType;
import vn.hdndso.documents.OutgoingDocument;
import vn.hdndso.shared.CouncilId;

/** The columns of an {@code outgoing_document} row and the document they make. */
final class OutgoingDocumentRows {

    static final String COLUMNS = """
            id, council_id, type_code, issuer_symbol, unit_symbol, normative, subject, signer_name,
            signer_position, recipients, status, original_sha256, original_name, original_size, page_count,
            signed_sha256, signed_size, number, number_year, number_symbol, issue_date, issued_at, submitted_by, approved_by,
            approved_at, recall_reason, recalled_at, demo, created_by, created_at, restricted, version, return_comment""";

    private OutgoingDocumentRows() {}

    static OutgoingDocument map(ResultSet rs, int row) throws SQLException {
        DocumentType type = DocumentType.byCode(rs.getString("type_code")).orElseThrow();
        boolean normative = rs.getBoolean("normative");
        String issuer = rs.getString("issuer_symbol");
        String unit = rs.getString("unit_symbol");
        Integer number = (Integer) rs.getObject("number");
        OutgoingDocument.Issue issue = null;
        if (number != null) {
            int year = rs.getInt("number_year");
            issue = new OutgoingDocument.Issue(
                    new DocumentNumber(
                            number,
                            year,
                            type,
                            issuer,
                            unit,
                            normative && rs.getString("number_symbol").contains("/" + year + "/")),
                    rs.getObject("issue_date", LocalDate.class),
                    Objects.requireNonNull(instant(rs, "issued_at")));
        }
        String signedSha = rs.getString("signed_sha256");
        return new OutgoingDocument(
                new DocumentId(rs.getObject("id", UUID.class)),
                new CouncilId(rs.getObject("council_id", UUID.class)),
                type,
                issuer,
                unit,
                normative,
                rs.getString("subject"),
                rs.getString("signer_name"),
                rs.getString("signer_position"),
                rs.getString("recipients"),
                DocumentStatus.valueOf(rs.getString("status")),
                new OutgoingDocument.Content(
                        rs.getString("original_sha256"), rs.getString("original_name"), rs.getLong("original_size")),
                rs.getInt("page_count"),
                signedSha == null
                        ? null
                        : new OutgoingDocument.Content(signedSha, "signed.pdf", rs.getLong("signed_size")),
                issue,
                rs.getString("submitted_by"),
                rs.getString("approved_by"),
                instant(rs, "approved_at"),
                rs.getString("recall_reason"),
                instant(rs, "recalled_at"),
                rs.getBoolean("demo"),
                rs.getString("created_by"),
                Objects.requireNonNull(instant(rs, "created_at")),
                rs.getBoolean("restricted"),
                rs.getInt("version"),
                rs.getString("return_comment"));
    }

    private static @Nullable Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }
}
