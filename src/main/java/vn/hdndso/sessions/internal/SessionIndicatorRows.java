package vn.hdndso.sessions.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.hdndso.shared.CouncilId;
import vn.hdndso.shared.VnTime;

/**
 * What the indicators count in sessions: the papers of the sessions held in a period and the
 * sessions closed in it with their recording and livestream. Row-level security scopes every
 * query.
 */
@Repository
class SessionIndicatorRows {

    /** A day on Vietnam's clock of a timestamp column (a code constant, never input). */
    private static String locally(String column) {
        return "(" + column + " at time zone '" + VnTime.ZONE_ID + "')::date";
    }

    private final JdbcClient jdbc;

    SessionIndicatorRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * A paper of a held session: a document of its pack ({@code digital}), or a document linked to
     * one of its agenda items that is not in the pack ({@code id} is then the item's).
     */
    record Paper(UUID session, LocalDate day, UUID id, String title, boolean digital) {}

    /** The papers of the sessions convened, in progress or closed (not cancelled) that started between the days. */
    List<Paper> papersOfSessionsHeldBetween(CouncilId council, LocalDate from, LocalDate to) {
        String started = locally("s.starts_at");
        return jdbc.sql("""
                        select s.id as session_id, %1$s as day, p.id, p.title, true as digital, s.starts_at,
                          p.position as position
                        from council_session s join pack_document p on p.session_id = s.id
                        where s.council_id = :council and s.state not in ('PLANNED', 'CANCELLED') and %1$s between :from and :to
                        union all
                        select s.id, %1$s, i.id, i.title, false, s.starts_at, 100000 + i.number
                        from council_session s join agenda_item i on i.session_id = s.id
                        where s.council_id = :council and s.state not in ('PLANNED', 'CANCELLED') and %1$s between :from and :to
                          and i.document_id is not null
                          and not exists (select 1 from pack_document p
                                          where p.session_id = s.id and p.document_id = i.document_id)
                        order by starts_at desc, session_id, position""".formatted(started))
                .param("council", council.value())
                .param("from", from)
                .param("to", to)
                .query((rs, n) -> new Paper(
                        rs.getObject("session_id", UUID.class),
                        rs.getObject("day", LocalDate.class),
                        rs.getObject("id", UUID.class),
                        rs.getString("title"),
                        rs.getBoolean("digital")))
                .list();
    }

    /** A closed session, whether its recording is published and whether it was streamed live. */
    record Closed(UUID id, String title, LocalDate closedOn, boolean recorded, boolean livestreamed) {}

    /** The sessions closed between the two days, newest first. */
    List<Closed> closedBetween(CouncilId council, LocalDate from, LocalDate to) {
        String closed = locally("s.closed_at");
        return jdbc.sql("""
                        select s.id, s.title, %1$s as closed_on,
                          (s.recording_url is not null or exists (select 1 from recording r where r.session_id = s.id))
                            as recorded,
                          s.livestream_url is not null as livestreamed
                        from council_session s
                        where s.council_id = :council and s.state = 'CLOSED' and %1$s between :from and :to
                        order by s.closed_at desc, s.id""".formatted(closed))
                .param("council", council.value())
                .param("from", from)
                .param("to", to)
                .query((rs, n) -> new Closed(
                        rs.getObject("id", UUID.class),
                        rs.getString("title"),
                        rs.getObject("closed_on", LocalDate.class),
                        rs.getBoolean("recorded"),
                        rs.getBoolean("livestreamed")))
                .list();
    }
}
