package vn.hdndso.sessions.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.hdndso.sessions.AgendaItemId;
import vn.hdndso.sessions.SessionId;
import vn.hdndso.sessions.VoteChoice;
import vn.hdndso.shared.CouncilId;

/** Ballots, entitlement at closing and attendance, in SQL. */
@Repository
class VoteRepository {

    private final JdbcClient jdbc;

    VoteRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A ballot as stored: who voted what, and when last. */
    public record Ballot(UUID delegateId, String delegateName, VoteChoice choice, Instant castAt, int changes) {}

    /** The counts of YES, NO and ABSTAIN. */
    public record Counts(int yes, int no, int abstain) {}

    /** Records a delegate's vote, replacing an earlier one on the same motion. */
    public void cast(CouncilId council, AgendaItemId item, UUID delegate, String name, VoteChoice choice, Instant at) {
        jdbc.sql("""
                        insert into ballot (council_id, item_id, delegate_id, delegate_name, choice, cast_at)
                        values (:c, :item, :delegate, :name, :choice, :at)
                        on conflict (item_id, delegate_id) do update
                          set choice = excluded.choice, cast_at = excluded.cast_at, changes = ballot.changes + 1""")
                .param("c", council.value())
                .param("item", item.value())
                .param("delegate", delegate)
                .param("name", name)
                .param("choice", choice.name())
                .param("at", Timestamp.from(at))
                .update();
    }

    /** The counts of an item's ballots (closing first drops those of delegates no longer entitled). */
    public Counts counts(AgendaItemId item) {
        return jdbc.sql("""
                        select count(*) filter (where choice = 'YES') as yes,
                               count(*) filter (where choice = 'NO') as no,
                               count(*) filter (where choice = 'ABSTAIN') as abstain
                        from ballot where item_id = :item""")
                .param("item", item.value())
                .query((rs, n) -> new Counts(rs.getInt("yes"), rs.getInt("no"), rs.getInt("abstain")))
                .single();
    }

    public List<Ballot> ballots(AgendaItemId item) {
        return jdbc.sql("select delegate_id, delegate_name, choice, cast_at, changes from ballot where item_id = :item"
                        + " order by delegate_name")
                .param("item", item.value())
                .query((rs, n) -> new Ballot(
                        rs.getObject("delegate_id", UUID.class),
                        rs.getString("delegate_name"),
                        VoteChoice.valueOf(rs.getString("choice")),
                        rs.getTimestamp("cast_at").toInstant(),
                        rs.getInt("changes")))
                .list();
    }

    /** Removes ballots of people who are not entitled at closing (mandate ended while the vote was open). */
    public void keepOnly(AgendaItemId item, List<UUID> entitled) {
        jdbc.sql("delete from ballot where item_id = :item and not (delegate_id = any(:ids))")
                .param("item", item.value())
                .param("ids", entitled.toArray(UUID[]::new))
                .update();
    }

    public void entitle(CouncilId council, AgendaItemId item, UUID delegate, String name) {
        jdbc.sql("""
                        insert into vote_entitlement (council_id, item_id, delegate_id, delegate_name)
                        values (:c, :item, :d, :name) on conflict do nothing""")
                .param("c", council.value())
                .param("item", item.value())
                .param("d", delegate)
                .param("name", name)
                .update();
    }

    public List<String> entitled(AgendaItemId item) {
        return jdbc.sql("select delegate_name from vote_entitlement where item_id = :item order by delegate_name")
                .param("item", item.value())
                .query(String.class)
                .list();
    }

    /** Whether the delegate has a ballot on the item, and which. */
    public java.util.Optional<VoteChoice> choiceOf(AgendaItemId item, UUID delegate) {
        return jdbc.sql("select choice from ballot where item_id = :item and delegate_id = :d")
                .param("item", item.value())
                .param("d", delegate)
                .query(String.class)
                .optional()
                .map(VoteChoice::valueOf);
    }

    public boolean checkIn(CouncilId council, SessionId session, UUID delegate, String name, String by, boolean clerk) {
        return jdbc.sql("""
                        insert into attendance (council_id, session_id, delegate_id, delegate_name, checked_in_at,
                          checked_in_by, by_clerk)
                        values (:c, :s, :d, :name, now(), :by, :clerk) on conflict do nothing""")
                        .param("c", council.value())
                        .param("s", session.value())
                        .param("d", delegate)
                        .param("name", name)
                        .param("by", by)
                        .param("clerk", clerk)
                        .update()
                > 0;
    }

    public boolean checkOut(SessionId session, UUID delegate) {
        return jdbc.sql("delete from attendance where session_id = :s and delegate_id = :d")
                        .param("s", session.value())
                        .param("d", delegate)
                        .update()
                > 0;
    }

    public List<UUID> present(SessionId session) {
        return jdbc.sql("select delegate_id from attendance where session_id = :s")
                .param("s", session.value())
                .query(UUID.class)
                .list();
    }

    /** Per delegate of the council: sessions attended and ballots cast (for statistics). */
    public record DelegateActivity(UUID delegateId, int sessionsAttended, int votesCast) {}

    public List<DelegateActivity> activity(CouncilId council) {
        return jdbc.sql("""
                        select d.delegate_id,
                          (select count(*) from attendance a where a.council_id = :c and a.delegate_id = d.delegate_id) as sessions,
                          (select count(*) from ballot b where b.council_id = :c and b.delegate_id = d.delegate_id) as votes
                        from (select delegate_id from attendance where council_id = :c
                              union select delegate_id from ballot where council_id = :c) d""")
                .param("c", council.value())
                .query((rs, n) -> new DelegateActivity(
                        rs.getObject("delegate_id", UUID.class), rs.getInt("sessions"), rs.getInt("votes")))
                .list();
    }
}
