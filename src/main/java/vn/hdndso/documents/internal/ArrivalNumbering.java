package vn.hdndso.documents.internal;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import vn.hdndso.shared.CouncilId;

/**
 * The arrival numbers (số đến) of a council: one series per year in Vietnam time. The counter
 * row is incremented with an upsert that keeps it locked until the caller's transaction ends, so
 * concurrent registrations queue up, a rolled-back registration gives its number back, and no
 * number is handed out twice.
 */
@Component
class ArrivalNumbering {

    private final JdbcClient jdbc;

    ArrivalNumbering(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The next arrival number of the year; must run inside the registering transaction. */
    @Transactional(propagation = Propagation.MANDATORY)
    public int next(CouncilId council, int year) {
        return jdbc.sql("""
                        insert into arrival_series (council_id, year, last_number)
                        values (:council, :year, 1)
                        on conflict (council_id, year)
                        do update set last_number = arrival_series.last_number + 1
                        returning last_number""")
                .param("council", council.value())
                .param("year", year)
                .query(Integer.class)
                .single();
    }
}
