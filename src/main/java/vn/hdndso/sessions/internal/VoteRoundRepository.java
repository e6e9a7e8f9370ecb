package vn.hdndso.sessions.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.hdndso.sessions.AgendaItemId;
import vn.hdndso.sessions.VoteChoice;
import vn.hdndso.sessions.VoteMode;
import vn.hdndso.sessions.VoteRounds;
import vn.hdndso.sessions.Votes;
import vn.hdndso.shared.CouncilId;

/** Earlier rounds of re-opened votes: their results and named ballots, in SQL. */
@Repository
class VoteRoundRepository {

    private final JdbcClient jdbc;

    VoteRoundRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Keeps the item's closed result and ballots as round {@code n} and empties the item's
     * ballots and entitlement, so that the next round starts afresh; returns the round number.
     */
    int keepRound(CouncilId council, AgendaItemId item, String by, Instant at, String reason) {
        int round = jdbc.sql("select coalesce(max(round), 0) + 1 from vote_round where item_id = :i")
                .param("i", item.value())
                .query(Integer.class)
                .single();
        jdbc.sql("""
                        insert into vote_round (council_id, item_id, round, vote_mode, opened_at, closed_at, yes_count,
                          no_count, abstain_count, entitled_count, passed, resolution_id, reopened_by, reopened_at,
                          reason)
                        select council_id, id, :round, vote_mode, vote_opened_at, vote_closed_at, yes_count, no_count,
                          abstain_count, entitled_count, passed, resolution_id, :by, :at, :reason
                        from agenda_item where id = :i and council_id = :c""")
                .param("round", round)
                .param("by", by)
                .param("at", Timestamp.from(at))
                .param("reason", reason)
                .param("i", item.value())
                .param("c", council.value())
                .update();
        jdbc.sql("""
                        insert into vote_round_ballot (council_id, item_id, round, delegate_id, delegate_name, choice,
                          cast_at)
                        select council_id, item_id, :round, delegate_id, delegate_name, choice, cast_at
                        from ballot where item_id = :i""").param("round", round).param("i", item.value()).update();
        jdbc.sql("delete from ballot where item_id = :i")
                .param("i", item.value())
                .update();
        jdbc.sql("delete from vote_entitlement where item_id = :i")
                .param("i", item.value())
                .update();
        return round;
    }

    /** The item open again for a new round, its earlier result cleared. */
    void reopen(AgendaItemId item, Instant at) {
        jdbc.sql("""
                        update agenda_item set vote_state = 'OPEN', vote_mode = 'ELECTRONIC', vote_opened_at = :at,
                          vote_closed_at = null, yes_count = null, no_count = null, abstain_count = null,
                          entitled_count = null, passed = null, resolution_id = null
                        where id = :i""").param("at", Timestamp.from(at)).param("i", item.value()).update();
    }

    List<VoteRounds.Round> rounds(CouncilId council, AgendaItemId item) {
        Map<Integer, List<Votes.NamedVote>> ballots = jdbc
                .sql("""
                        select round, delegate_id, delegate_name, choice, cast_at from vote_round_ballot
                        where council_id = :c and item_id = :i order by round, delegate_name""")
                .param("c", council.value())
                .param("i", item.value())
                .query((rs, row) -> Map.entry(
                        rs.getInt("round"),
                        new Votes.NamedVote(
                                rs.getObject("delegate_id", java.util.UUID.class),
                                rs.getString("delegate_name"),
                                VoteChoice.valueOf(rs.getString("choice")),
                                rs.getTimestamp("cast_at").toInstant())))
                .list()
                .stream()
                .collect(Collectors.groupingBy(
                        Map.Entry::getKey, Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
        return jdbc.sql("""
                        select round, vote_mode, yes_count, no_count, abstain_count, entitled_count, passed, closed_at,
                          reopened_by, reopened_at, reason
                        from vote_round where council_id = :c and item_id = :i order by round""")
                .param("c", council.value())
                .param("i", item.value())
                .query((rs, row) -> new VoteRounds.Round(
                        rs.getInt("round"),
                        VoteMode.valueOf(rs.getString("vote_mode")),
                        rs.getInt("yes_count"),
                        rs.getInt("no_count"),
                        rs.getInt("abstain_count"),
                        rs.getInt("entitled_count"),
                        rs.getBoolean("passed"),
                        rs.getTimestamp("closed_at").toInstant(),
                        rs.getString("reopened_by"),
                        rs.getTimestamp("reopened_at").toInstant(),
                        rs.getString("reason"),
                        ballots.getOrDefault(rs.getInt("round"), List.of())))
                .list();
    }
}
