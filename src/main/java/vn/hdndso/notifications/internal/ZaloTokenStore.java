package vn.hdndso.notifications.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.hdndso.shared.CouncilId;

/**
 * The {@code zalo_oa_token} rows: each council's OA tokens, sealed ({@link ZaloTokenSealing}). Call
 * inside a transaction with a tenant scope that may write the council's rows.
 */
@Component
class ZaloTokenStore {

    private static final long LOCK = 0x5a41_4c4f_544f_4b00L; // "ZALOTOK"

    private final JdbcClient jdbc;
    private final ZaloTokenSealing sealing;

    ZaloTokenStore(JdbcClient jdbc, ZaloTokenSealing sealing) {
        this.jdbc = jdbc;
        this.sealing = sealing;
    }

    /** A council's tokens, opened; {@code seed} fingerprints the configured refresh token they came from. */
    record Stored(String accessToken, String refreshToken, Instant expiresAt, String seed) {
        @Override
        public String toString() {
            return "Stored[***, expires " + expiresAt + ", seed " + seed + "]";
        }
    }

    /** Waits for, then holds until the transaction ends, the right to renew the council's token. */
    void lock(CouncilId council) {
        jdbc.sql("select pg_advisory_xact_lock(:key)")
                .param("key", LOCK ^ council.value().getMostSignificantBits())
                .query((rs, i) -> 1)
                .single();
    }

    Optional<Stored> find(CouncilId council) {
        return jdbc.sql("select access_token, refresh_token, expires_at, seed from zalo_oa_token where council_id = :c")
                .param("c", council.value())
                .query((rs, i) -> new Stored(
                        sealing.open(rs.getString(1)),
                        sealing.open(rs.getString(2)),
                        rs.getTimestamp(3).toInstant(),
                        rs.getString(4)))
                .optional();
    }

    void save(CouncilId council, Stored tokens, Instant now) {
        jdbc.sql("""
                        insert into zalo_oa_token (council_id, access_token, refresh_token, expires_at, renewed_at, seed)
                        values (:c, :access, :refresh, :expires, :now, :seed)
                        on conflict (council_id) do update set
                          access_token = excluded.access_token, refresh_token = excluded.refresh_token,
                          expires_at = excluded.expires_at, renewed_at = excluded.renewed_at, seed = excluded.seed""")
                .param("c", council.value())
                .param("access", sealing.seal(tokens.accessToken()))
                .param("refresh", sealing.seal(tokens.refreshToken()))
                .param("expires", Timestamp.from(tokens.expiresAt()))
                .param("now", Timestamp.from(now))
                .param("seed", tokens.seed())
                .update();
    }
}
