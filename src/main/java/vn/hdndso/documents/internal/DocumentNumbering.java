package vn.hdndso.documents.internal;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import vn.hdndso.shared.CouncilId;

/**
 * The numbering series of a council (Decree 30, Art. 15): per issuer symbol, per year in Vietnam
 * time, and per series kind. The counter row is incremented with an upsert that keeps it locked
 * until the caller's transaction ends, so concurrent issuers queue up, a rolled-back issue gives
 * its number back, and no number is ever handed out twice.
 */
@Component
class DocumentNumbering {

    private final JdbcClient jdbc;

    DocumentNumbering(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The next number of the series; must run inside the issuing transaction. */
    @Transactional(propagation = Propagation.MANDATORY)
    public int next(CouncilId council, String issuerSymbol, int year, String series) {
        return jdbc.sql("""
                        insert into document_series (council_id, issuer_symbol, year, series, last_number)
                        values (:council, :issuer, :year, :series, 1)
                        on conflict (council_id, issuer_symbol, year, series)
                        do update set last_number = document_series.last_number + 1
                        returning last_number""")
                .param("council", council.value())
                .param("issuer", issuerSymbol)
                .param("year", year)
                .param("series", series)
                .query(Integer.class)
                .single();
    }

    /**
     * Makes the series continue after {@code number} (historic documents registered with their
     * own numbers); never moves a series backwards.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void continueAfter(CouncilId council, String issuerSymbol, int year, String series, int number) {
        jdbc.sql("""
                        insert into document_series (council_id, issuer_symbol, year, series, last_number)
                        values (:council, :issuer, :year, :series, :number)
                        on conflict (council_id, issuer_symbol, year, series)
                        do update set last_number = greatest(document_series.last_number, excluded.last_number)""")
                .param("council", council.value())
                .param("issuer", issuerSymbol)
                .param("year", year)
                .param("series", series)
                .param("number", number)
                .update();
    }
}
