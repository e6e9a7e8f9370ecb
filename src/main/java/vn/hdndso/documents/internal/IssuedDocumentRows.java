package vn.hdndso.documents.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.hdndso.shared.CouncilId;
import vn.hdndso.shared.VnTime;

/**
 * The issued (and later recalled) outgoing documents of a council by issue date, with what the
 * indicators need to know about each: whether it was signed when it was issued, and the day it
 * reached the portal. Row-level security scopes every query.
 */
@Repository
class IssuedDocumentRows {

    /** The day a document was signed and put on the portal, on Vietnam's clock (a code constant). */
    private static final String ISSUED_LOCALLY = "(issued_at at time zone '" + VnTime.ZONE_ID + "')::date";

    private final JdbcClient jdbc;

    IssuedDocumentRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * One issued or recalled document.
     *
     * @param signedAtIssue the council's PAdES signature was made on or before its issue day; a
     *     document registered later from a paper register is signed only at registration
     * @param publishedOn the day it became public on the portal (the day it was signed)
     */
    record Row(
            UUID id,
            String numberSymbol,
            String typeCode,
            String subject,
            boolean recalled,
            LocalDate issueDate,
            boolean signedAtIssue,
            LocalDate publishedOn) {}

    /** The council's documents issued between the two days (inclusive), newest first. */
    List<Row> issuedBetween(CouncilId council, LocalDate from, LocalDate to) {
        return jdbc.sql("""
                        select id, number_symbol, type_code, subject, status = 'RECALLED' as recalled, issue_date,
                          signed_sha256 is not null and %1$s <= issue_date as signed_at_issue,
                          %1$s as published_on
                        from outgoing_document
                        where council_id = :council and status in ('ISSUED', 'RECALLED')
                          and issue_date between :from and :to
                        order by issue_date desc, number_year desc, number desc, id""".formatted(ISSUED_LOCALLY))
                .param("council", council.value())
                .param("from", from)
                .param("to", to)
                .query((rs, n) -> new Row(
                        rs.getObject("id", UUID.class),
                        rs.getString("number_symbol"),
                        rs.getString("type_code"),
                        rs.getString("subject"),
                        rs.getBoolean("recalled"),
                        rs.getObject("issue_date", LocalDate.class),
                        rs.getBoolean("signed_at_issue"),
                        rs.getObject("published_on", LocalDate.class)))
                .list();
    }
}
