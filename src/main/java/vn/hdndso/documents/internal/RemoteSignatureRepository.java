package vn.hdndso.documents.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.hdndso.documents.DocumentId;
import vn.hdndso.documents.RemoteIssues;
import vn.hdndso.shared.CouncilId;

/** The remote signatures asked for while issuing (table {@code remote_signature}, V27). */
@Repository
class RemoteSignatureRepository {

    private static final String COLUMNS = "document_id, council_id, state, number, number_symbol, issue_year,"
            + " issue_date, signer_id, signer_name, transaction_id, chain, prepared_pdf, prepared_sha256,"
            + " signing_time, requested_at, expires_at, reason";

    private final JdbcClient jdbc;

    RemoteSignatureRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * A remote signature as stored.
     *
     * @param chain the signer's certificates as DER, the signer first
     * @param preparedPdf the PDF with number and date written, whose signature the signer is asked for
     */
    record Stored(
            DocumentId document,
            CouncilId council,
            RemoteIssues.State state,
            int number,
            String numberSymbol,
            int issueYear,
            LocalDate issueDate,
            String signerId,
            String signerName,
            String transactionId,
            List<byte[]> chain,
            byte[] preparedPdf,
            String preparedSha256,
            Instant signingTime,
            Instant requestedAt,
            Instant expiresAt,
            @Nullable String reason) {

        Stored {
            chain = List.copyOf(chain);
        }

        RemoteIssues.RemoteIssue view() {
            return new RemoteIssues.RemoteIssue(
                    document, state, numberSymbol, issueDate, signerId, signerName, requestedAt, expiresAt, reason);
        }
    }

    Optional<Stored> find(CouncilId council, DocumentId document) {
        return jdbc.sql("select " + COLUMNS
                        + " from remote_signature where council_id = :council and document_id = :id")
                .param("council", council.value())
                .param("id", document.value())
                .query((rs, n) -> map(rs))
                .optional();
    }

    boolean pending(CouncilId council, DocumentId document) {
        return jdbc.sql("select count(*) from remote_signature where council_id = :council and document_id = :id"
                                + " and state = 'PENDING'")
                        .param("council", council.value())
                        .param("id", document.value())
                        .query(Long.class)
                        .single()
                > 0;
    }

    /** The waiting documents of every council in scope, the oldest request first. */
    List<Waiting> waiting() {
        return jdbc.sql("select council_id, document_id from remote_signature where state = 'PENDING'"
                        + " order by requested_at")
                .query((rs, n) -> new Waiting(
                        new CouncilId(rs.getObject(1, UUID.class)), new DocumentId(rs.getObject(2, UUID.class))))
                .list();
    }

    record Waiting(CouncilId council, DocumentId document) {}

    /** Stores the request, replacing a refused or expired one of the same document. */
    void save(Stored s) {
        jdbc.sql("insert into remote_signature (" + COLUMNS + ") values (:document, :council, :state, :number,"
                        + " :numberSymbol, :issueYear, :issueDate, :signerId, :signerName, :transactionId, :chain,"
                        + " :pdf, :sha256, :signingTime, :requestedAt, :expiresAt, :reason)"
                        + " on conflict (document_id) do update set state = excluded.state, number = excluded.number,"
                        + " number_symbol = excluded.number_symbol, issue_year = excluded.issue_year,"
                        + " issue_date = excluded.issue_date, signer_id = excluded.signer_id,"
                        + " signer_name = excluded.signer_name, transaction_id = excluded.transaction_id,"
                        + " chain = excluded.chain, prepared_pdf = excluded.prepared_pdf,"
                        + " prepared_sha256 = excluded.prepared_sha256, signing_time = excluded.signing_time,"
                        + " requested_at = excluded.requested_at, expires_at = excluded.expires_at,"
                        + " reason = excluded.reason")
                .param("document", s.document().value())
                .param("council", s.council().value())
                .param("state", s.state().name())
                .param("number", s.number())
                .param("numberSymbol", s.numberSymbol())
                .param("issueYear", s.issueYear())
                .param("issueDate", s.issueDate())
                .param("signerId", s.signerId())
                .param("signerName", s.signerName())
                .param("transactionId", s.transactionId())
                .param(
                        "chain",
                        String.join(
                                ",",
                                s.chain().stream()
                                        .map(Base64.getEncoder()::encodeToString)
                                        .toList()))
                .param("pdf", s.preparedPdf())
                .param("sha256", s.preparedSha256())
                .param("signingTime", utc(s.signingTime()))
                .param("requestedAt", utc(s.requestedAt()))
                .param("expiresAt", utc(s.expiresAt()))
                .param("reason", s.reason())
                .update();
    }

    /** Refused or expired: the reserved number stays, the PDF prepared is dropped no more. */
    void close(CouncilId council, DocumentId document, RemoteIssues.State state, String reason) {
        jdbc.sql("update remote_signature set state = :state, reason = :reason"
                        + " where council_id = :council and document_id = :id")
                .param("state", state.name())
                .param("reason", reason)
                .param("council", council.value())
                .param("id", document.value())
                .update();
    }

    /** The document is issued: its remote signature is done. */
    void delete(CouncilId council, DocumentId document) {
        jdbc.sql("delete from remote_signature where council_id = :council and document_id = :id")
                .param("council", council.value())
                .param("id", document.value())
                .update();
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    private static Stored map(ResultSet rs) throws SQLException {
        return new Stored(
                new DocumentId(rs.getObject("document_id", UUID.class)),
                new CouncilId(rs.getObject("council_id", UUID.class)),
                RemoteIssues.State.valueOf(rs.getString("state")),
                rs.getInt("number"),
                rs.getString("number_symbol"),
                rs.getInt("issue_year"),
                rs.getObject("issue_date", LocalDate.class),
                rs.getString("signer_id"),
                rs.getString("signer_name"),
                rs.getString("transaction_id"),
                Arrays.stream(rs.getString("chain").split(","))
                        .map(Base64.getDecoder()::decode)
                        .toList(),
                rs.getBytes("prepared_pdf"),
                rs.getString("prepared_sha256"),
                rs.getObject("signing_time", OffsetDateTime.class).toInstant(),
                rs.getObject("requested_at", OffsetDateTime.class).toInstant(),
                rs.getObject("expires_at", OffsetDateTime.class).toInstant(),
                rs.getString("reason"));
    }
}
