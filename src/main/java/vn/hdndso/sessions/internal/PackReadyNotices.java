package vn.hdndso.sessions.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import vn.hdndso.councils.Councils;
import vn.hdndso.sessions.SessionId;
import vn.hdndso.shared.CouncilId;
import vn.hdndso.shared.VnTime;
import vn.hdndso.shared.tenancy.Tenancy;
import vn.hdndso.shared.tenancy.TenantScope;

/**
 * Tells the delegates that a convened session's pack is ready to read, once the clerk has stopped
 * adding to it for a while ({@code hdnd.sessions.pack-ready.quiet-minutes}, 30 by default): a clerk
 * who uploads ten papers in a row sends one notice, not ten. Each version of the pack (its documents
 * and their files, in order) is announced once per delegate — the idempotency key names it — so a run
 * that finds nothing new queues nothing, and a pack changed later is announced again. Several
 * instances may run it; a transaction-scoped advisory lock lets one do the work.
 */
@Component
class PackReadyNotices {

    private static final Logger log = LoggerFactory.getLogger(PackReadyNotices.class);
    private static final long LOCK = 0x5041_434b_5245_4459L; // "PACKREDY"

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final DelegateNotices notices;
    private final Councils councils;
    private final Clock clock;
    private final Duration quiet;

    PackReadyNotices(
            JdbcClient jdbc,
            TransactionTemplate transactions,
            DelegateNotices notices,
            Councils councils,
            Clock clock,
            @Value("${hdnd.sessions.pack-ready.quiet-minutes:30}") long quietMinutes) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.notices = notices;
        this.councils = councils;
        this.clock = clock;
        this.quiet = Duration.ofMinutes(Math.max(0, quietMinutes));
    }

    /** A convened session whose pack has rested long enough, with the pack's fingerprint. */
    record ReadyPack(UUID council, UUID session, String title, String version, int documents) {}

    @Scheduled(cron = "${hdnd.sessions.pack-ready.cron:0 */10 * * * *}", zone = VnTime.ZONE_ID)
    void regularly() {
        int ready = announce();
        if (ready > 0) {
            log.debug("pack-ready notices: {} rested pack(s) of convened sessions looked at", ready);
        }
    }

    /**
     * One run: queues the notices of every rested pack of a convened session (the outbox ignores those
     * already queued for the pack's version); answers how many packs it looked at.
     */
    int announce() {
        Instant now = Instant.now(clock);
        return Tenancy.call(
                TenantScope.allCouncils("session packs ready: notices to delegates"),
                () -> Objects.requireNonNull(transactions.execute(status -> {
                    Boolean locked = jdbc.sql("select pg_try_advisory_xact_lock(:key)")
                            .param("key", LOCK)
                            .query(Boolean.class)
                            .single();
                    if (!Boolean.TRUE.equals(locked)) {
                        return 0;
                    }
                    List<ReadyPack> ready = ready(now);
                    for (ReadyPack pack : ready) {
                        notices.packReady(
                                councils.require(new CouncilId(pack.council())),
                                new SessionId(pack.session()),
                                pack.title(),
                                pack.version(),
                                pack.documents());
                    }
                    return ready.size();
                })));
    }

    private List<ReadyPack> ready(Instant now) {
        return jdbc.sql("""
                        select s.council_id, s.id, s.title,
                               left(md5(string_agg(p.id::text || ':' || p.sha256, ';' order by p.position, p.id)), 10)
                                   as version,
                               count(*) as documents
                          from council_session s
                          join pack_document p on p.session_id = s.id
                         where s.state = 'CONVENED' and s.starts_at > :now
                         group by s.council_id, s.id, s.title
                        having max(p.added_at) <= :rested
                        """)
                .param("now", Timestamp.from(now))
                .param("rested", Timestamp.from(now.minus(quiet)))
                .query((rs, i) -> new ReadyPack(
                        rs.getObject(1, UUID.class),
                        rs.getObject(2, UUID.class),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getInt(5)))
                .list();
    }
}
