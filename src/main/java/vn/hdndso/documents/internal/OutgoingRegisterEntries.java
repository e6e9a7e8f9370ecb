package vn.hdndso.documents.internal;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.hdndso.shared.CouncilId;

/** The outgoing register (sổ đăng ký văn bản đi) as stored, for printing and export. */
@Repository
class OutgoingRegisterEntries {

    private final JdbcClient jdbc;

    OutgoingRegisterEntries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * One entry of the register.
     *
     * @param recallReason set when the document was recalled
     */
    public record Entry(
            String numberSymbol,
            LocalDate issueDate,
            String typeCode,
            String subject,
            String signerName,
            String recipients,
            @Nullable String recallReason) {}

    /** The entries of a year in register order (issue date, then number), perhaps of one type. */
    public List<Entry> of(CouncilId council, int year, @Nullable String typeCode) {
        return jdbc.sql("""
                        select r.number_symbol, r.issue_date, r.type_code, r.subject, r.signer_name, r.recipients,
                               d.recall_reason
                        from outgoing_register r join outgoing_document d on d.id = r.document_id
                        where r.council_id = :council and r.year = :year
                          and (cast(:type as varchar) is null or r.type_code = :type)
                        order by r.issue_date, r.issuer_symbol, r.number""")
                .param("council", council.value())
                .param("year", year)
                .param("type", typeCode)
                .query((rs, n) -> new Entry(
                        rs.getString("number_symbol"),
                        rs.getDate("issue_date").toLocalDate(),
                        rs.getString("type_code"),
                        rs.getString("subject"),
                        rs.getString("signer_name"),
                        rs.getString("recipients"),
                        rs.getString("recall_reason")))
                .list();
    }
}
