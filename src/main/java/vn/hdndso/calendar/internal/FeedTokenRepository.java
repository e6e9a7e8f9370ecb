package vn.hdndso.calendar.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.hdndso.calendar.PersonalFeeds;
import vn.hdndso.identity.UserId;
import vn.hdndso.shared.CouncilId;

/** The table {@code personal_calendar_feed}: token hashes only. */
@Repository
class FeedTokenRepository {

    private final JdbcClient jdbc;

    FeedTokenRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(CouncilId council, UserId account, String tokenHash, Instant at) {
        jdbc.sql("""
                        insert into personal_calendar_feed (id, council_id, account_id, token_hash, created_at)
                        values (:id, :c, :a, :h, :at)""")
                .param("id", UUID.randomUUID())
                .param("c", council.value())
                .param("a", account.value())
                .param("h", tokenHash)
                .param("at", Timestamp.from(at))
                .update();
    }

    int revoke(CouncilId council, UserId account, Instant at) {
        return jdbc.sql("""
                        update personal_calendar_feed set revoked_at = :at
                        where council_id = :c and account_id = :a and revoked_at is null""")
                .param("c", council.value())
                .param("a", account.value())
                .param("at", Timestamp.from(at))
                .update();
    }

    Optional<Instant> activeSince(CouncilId council, UserId account) {
        return jdbc.sql("""
                        select created_at from personal_calendar_feed
                        where council_id = :c and account_id = :a and revoked_at is null""")
                .param("c", council.value())
                .param("a", account.value())
                .query((rs, n) -> rs.getTimestamp(1).toInstant())
                .optional();
    }

    Optional<PersonalFeeds.Owner> activeOwner(String tokenHash) {
        return jdbc.sql("""
                        select council_id, account_id from personal_calendar_feed
                        where token_hash = :h and revoked_at is null""")
                .param("h", tokenHash)
                .query((rs, n) -> new PersonalFeeds.Owner(
                        new CouncilId(rs.getObject(1, UUID.class)), new UserId(rs.getObject(2, UUID.class))))
                .optional();
    }
}
