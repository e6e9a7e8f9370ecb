package vn.hdndso.petitions.internal;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import vn.hdndso.petitions.DelegatePetitions;
import vn.hdndso.shared.CouncilId;
import vn.hdndso.shared.VnText;
import vn.hdndso.shared.tenancy.Tenancy;
import vn.hdndso.shared.tenancy.TenantScope;

/**
 * Counts a delegate's meetings and petitions in the council's staff scope (meetings and petitions
 * are private; the counts are not), in a read-only transaction of its own.
 */
@Component
class DelegatePetitionFigures implements DelegatePetitions {

    private record Meeting(UUID id, String delegates) {}

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;

    DelegatePetitionFigures(JdbcClient jdbc, TransactionTemplate transactions) {
        this.jdbc = jdbc;
        this.transactions = new TransactionTemplate(Objects.requireNonNull(transactions.getTransactionManager()));
        this.transactions.setReadOnly(true);
    }

    @Override
    public Figures of(CouncilId council, String delegateName) {
        String name = key(delegateName);
        return Tenancy.call(
                TenantScope.staffOf(council),
                () -> Objects.requireNonNull(transactions.execute(status -> count(council, name))));
    }

    private Figures count(CouncilId council, String name) {
        List<UUID> meetings = jdbc
                .sql("select id, delegates from petition_meeting where council_id = :council")
                .param("council", council.value())
                .query((rs, n) -> new Meeting(rs.getObject("id", UUID.class), rs.getString("delegates")))
                .list()
                .stream()
                .filter(m ->
                        m.delegates().lines().map(DelegatePetitionFigures::key).anyMatch(line -> names(line, name)))
                .map(Meeting::id)
                .toList();
        if (meetings.isEmpty()) {
            return new Figures(0, 0, 0);
        }
        return jdbc.sql("""
                        select count(p.id) as received,
                          count(p.id) filter (where i.status = 'ANSWERED') as followed
                        from petition p join petition_issue i on i.id = p.issue_id
                        where p.council_id = :council and p.meeting_id in (:meetings)""")
                .param("council", council.value())
                .param("meetings", meetings)
                .query((rs, n) -> new Figures(meetings.size(), rs.getInt("received"), rs.getInt("followed")))
                .single();
    }

    private static boolean names(String line, String name) {
        return line.equals(name) || line.endsWith(" " + name);
    }

    private static String key(String text) {
        return VnText.normalize(text).strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}
