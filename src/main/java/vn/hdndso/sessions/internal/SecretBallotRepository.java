package vn.hdndso.sessions.internal;

import java.security.SecureRandom;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.hdndso.sessions.AgendaItemId;
import vn.hdndso.sessions.BallotKind;
import vn.hdndso.sessions.SecretBallot;
import vn.hdndso.sessions.SessionId;
import vn.hdndso.sessions.VoteState;
import vn.hdndso.shared.CouncilId;

/**
 * Secret ballots in SQL. The papers never meet the voters: a paper has a random id and no time,
 * and every new paper rewrites all papers of its ballot in a fresh random order with fresh ids.
 */
@Repository
class SecretBallotRepository {

    private final JdbcClient jdbc;
    private final SecureRandom random = new SecureRandom();

    SecretBallotRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A ballot as stored. */
    record Row(
            AgendaItemId itemId,
            SessionId sessionId,
            BallotKind kind,
            int seats,
            VoteState state,
            @Nullable Instant openedAt,
            @Nullable Instant closedAt,
            @Nullable Integer entitled) {}

    void insert(
            CouncilId council,
            SessionId session,
            AgendaItemId item,
            BallotKind kind,
            int seats,
            List<SecretBallot.Candidate> candidates,
            String by) {
        jdbc.sql("""
                        insert into secret_ballot (item_id, council_id, session_id, kind, seats, created_by)
                        values (:item, :c, :s, :kind, :seats, :by)""")
                .param("item", item.value())
                .param("c", council.value())
                .param("s", session.value())
                .param("kind", kind.name())
                .param("seats", seats)
                .param("by", by)
                .update();
        for (SecretBallot.Candidate candidate : candidates) {
            jdbc.sql("""
                            insert into secret_ballot_candidate (id, council_id, item_id, position, full_name, office)
                            values (:id, :c, :item, :position, :name, :office)""")
                    .param("id", candidate.id())
                    .param("c", council.value())
                    .param("item", item.value())
                    .param("position", candidate.position())
                    .param("name", candidate.fullName())
                    .param("office", candidate.office())
                    .update();
        }
    }

    boolean exists(AgendaItemId item) {
        return jdbc.sql("select count(*) from secret_ballot where item_id = :item")
                        .param("item", item.value())
                        .query(Integer.class)
                        .single()
                > 0;
    }

    /** The ballot, locked for the transaction when {@code lock} (opening, casting, closing: one at a time). */
    Optional<Row> find(CouncilId council, SessionId session, AgendaItemId item, boolean lock) {
        return jdbc.sql("select * from secret_ballot where council_id = :c and session_id = :s and item_id = :item"
                        + (lock ? " for update" : ""))
                .param("c", council.value())
                .param("s", session.value())
                .param("item", item.value())
                .query(SecretBallotRepository::row)
                .optional();
    }

    List<Row> ofSession(CouncilId council, SessionId session) {
        return jdbc.sql("""
                        select b.* from secret_ballot b join agenda_item i on i.id = b.item_id
                        where b.council_id = :c and b.session_id = :s order by i.number""")
                .param("c", council.value())
                .param("s", session.value())
                .query(SecretBallotRepository::row)
                .list();
    }

    List<SecretBallot.Candidate> candidates(AgendaItemId item) {
        return jdbc.sql("select * from secret_ballot_candidate where item_id = :item order by position")
                .param("item", item.value())
                .query((rs, n) -> new SecretBallot.Candidate(
                        rs.getObject("id", UUID.class),
                        rs.getInt("position"),
                        rs.getString("full_name"),
                        rs.getString("office")))
                .list();
    }

    void open(AgendaItemId item, Instant at) {
        jdbc.sql("update secret_ballot set state = 'OPEN', opened_at = :at where item_id = :item")
                .param("at", Timestamp.from(at))
                .param("item", item.value())
                .update();
    }

    void close(AgendaItemId item, Instant at, int entitled) {
        jdbc.sql("""
                        update secret_ballot set state = 'CLOSED', closed_at = :at, entitled_count = :entitled
                        where item_id = :item""")
                .param("at", Timestamp.from(at))
                .param("entitled", entitled)
                .param("item", item.value())
                .update();
    }

    /** Records that the delegate has voted; false if they had already. */
    boolean markVoted(CouncilId council, AgendaItemId item, UUID delegate, String name) {
        return jdbc.sql("""
                                insert into secret_ballot_voter (council_id, item_id, delegate_id, delegate_name)
                                values (:c, :item, :d, :name) on conflict do nothing""")
                        .param("c", council.value())
                        .param("item", item.value())
                        .param("d", delegate)
                        .param("name", name)
                        .update()
                > 0;
    }

    boolean hasVoted(AgendaItemId item, UUID delegate) {
        return jdbc.sql("select count(*) from secret_ballot_voter where item_id = :item and delegate_id = :d")
                        .param("item", item.value())
                        .param("d", delegate)
                        .query(Integer.class)
                        .single()
                > 0;
    }

    int voters(AgendaItemId item) {
        return jdbc.sql("select count(*) from secret_ballot_voter where item_id = :item")
                .param("item", item.value())
                .query(Integer.class)
                .single();
    }

    /**
     * Adds a paper: all papers of the ballot (the new one among them) are deleted and written again
     * in a random order with new random ids, so the rows tell nothing of who voted when. The caller
     * holds the ballot's lock.
     */
    void addPaper(CouncilId council, AgendaItemId item, String marks) {
        List<String> papers = new ArrayList<>(papers(item));
        papers.add(marks);
        Collections.shuffle(papers, random);
        jdbc.sql("delete from secret_ballot_paper where item_id = :item")
                .param("item", item.value())
                .update();
        UUID[] ids = new UUID[papers.size()];
        for (int i = 0; i < ids.length; i++) {
            ids[i] = UUID.randomUUID();
        }
        jdbc.sql("""
                        insert into secret_ballot_paper (id, council_id, item_id, marks)
                        select p.id, :c, :item, p.marks from unnest(:ids, :marks) as p(id, marks)""")
                .param("c", council.value())
                .param("item", item.value())
                .param("ids", ids)
                .param("marks", papers.toArray(String[]::new))
                .update();
    }

    List<String> papers(AgendaItemId item) {
        return jdbc.sql("select marks from secret_ballot_paper where item_id = :item")
                .param("item", item.value())
                .query(String.class)
                .list();
    }

    private static Row row(ResultSet rs, int n) throws SQLException {
        Timestamp opened = rs.getTimestamp("opened_at");
        Timestamp closed = rs.getTimestamp("closed_at");
        int entitledCount = rs.getInt("entitled_count");
        Integer entitled = rs.wasNull() ? null : entitledCount;
        return new Row(
                new AgendaItemId(rs.getObject("item_id", UUID.class)),
                new SessionId(rs.getObject("session_id", UUID.class)),
                BallotKind.valueOf(rs.getString("kind")),
                rs.getInt("seats"),
                VoteState.valueOf(rs.getString("state")),
                opened == null ? null : opened.toInstant(),
                closed == null ? null : closed.toInstant(),
                entitled);
    }
}
