package vn.hdndso.identity.internal;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import vn.hdndso.identity.ApiKeyUsed;
import vn.hdndso.identity.UserAccount;
import vn.hdndso.identity.UserId;
import vn.hdndso.shared.CouncilId;
import vn.hdndso.shared.VnTime;
import vn.hdndso.shared.tenancy.Tenancy;
import vn.hdndso.shared.tenancy.TenantScope;

/**
 * Checks a presented API key against the stored hash of its secret. Revoked and expired keys, and
 * keys of disabled accounts, do not sign anyone in.
 */
@Component
class ApiKeyVerifier {

    private final JdbcClient jdbc;
    private final UserRepository users;
    private final TransactionTemplate transactions;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final VerifiedKeys verified;
    private final Counter fromMemory;
    private final Counter fromDatabase;

    ApiKeyVerifier(
            JdbcClient jdbc,
            UserRepository users,
            TransactionTemplate transactions,
            ApplicationEventPublisher events,
            Clock clock,
            VerifiedKeys verified,
            MeterRegistry meters) {
        this.verified = verified;
        this.fromMemory = verifications(meters, "memory");
        this.fromDatabase = verifications(meters, "database");
        this.jdbc = jdbc;
        this.users = users;
        this.transactions = transactions;
        this.events = events;
        this.clock = clock;
    }

    /** A valid key: its account and what it may do with it. */
    record VerifiedKey(AccountPrincipal principal, java.util.Set<vn.hdndso.identity.ApiKeyScope> scopes) {}

    /**
     * The key's account and scopes, from the keys verified a moment ago ({@link VerifiedKeys}: no
     * database connection) or else from the database, which then keeps it.
     */
    Optional<VerifiedKey> verify(String presented) {
        Optional<ApiKeyToken> token = ApiKeyToken.parse(presented);
        if (token.isEmpty()) {
            return Optional.empty();
        }
        String tokenHash = ApiKeyToken.sha256(presented);
        LocalDate today = VnTime.today(clock);
        Optional<VerifiedKey> kept = verified.find(tokenHash, today);
        if (kept.isPresent()) {
            fromMemory.increment();
            return kept;
        }
        fromDatabase.increment();
        long stamp = verified.stamp();
        Optional<Verification> checked = check(token.get());
        checked.ifPresent(v -> verified.remember(
                tokenHash,
                new VerifiedKeys.Entry(
                        v.key(),
                        token.get().prefix(),
                        v.stored().userId(),
                        v.stored().expiresAt(),
                        Instant.now(clock),
                        today),
                stamp));
        return checked.map(Verification::key);
    }

    /** {@code hdnd.api_keys.verifications{from=memory|database}}: keys checked without and with a connection. */
    private static Counter verifications(MeterRegistry meters, String from) {
        return Counter.builder("hdnd.api_keys.verifications")
                .description("API keys checked: from the keys verified a moment ago, or in the database")
                .tag("from", from)
                .register(meters);
    }

    private record Verification(VerifiedKey key, StoredKey stored) {}

    private Optional<Verification> check(ApiKeyToken token) {
        byte[] presentedHash = token.secretHash().getBytes(StandardCharsets.US_ASCII);
        return Tenancy.call(
                TenantScope.allCouncils("API key authentication"),
                () -> transactions.execute(s -> {
                    Optional<StoredKey> key = jdbc.sql("""
                            select id, council_id, user_id, secret_hash, last_used_at, expires_at, scopes from api_key
                            where prefix = :prefix and revoked_at is null
                              and (expires_at is null or expires_at > now())""")
                            .param("prefix", token.prefix())
                            .query((rs, n) -> {
                                java.sql.Timestamp lastUsed = rs.getTimestamp("last_used_at");
                                java.sql.Timestamp expires = rs.getTimestamp("expires_at");
                                return new StoredKey(
                                        rs.getObject("id", UUID.class),
                                        new CouncilId(rs.getObject("council_id", UUID.class)),
                                        rs.getObject("user_id", UUID.class),
                                        rs.getString("secret_hash"),
                                        lastUsed == null ? null : lastUsed.toInstant(),
                                        expires == null ? null : expires.toInstant(),
                                        ApiKeyRepository.scopes(rs.getArray("scopes")));
                            })
                            .optional();
                    if (key.isEmpty()
                            || !MessageDigest.isEqual(
                                    presentedHash, key.get().secretHash().getBytes(StandardCharsets.US_ASCII))) {
                        return Optional.<Verification>empty();
                    }
                    jdbc.sql("""
                            update api_key set last_used_at = now()
                            where id = :id and (last_used_at is null or last_used_at < now() - interval '1 minute')""").param("id", key.get().id()).update();
                    Optional<AccountPrincipal> principal = users.find(
                                    new UserId(key.get().userId()))
                            .filter(UserAccount::enabled)
                            .map(account -> new AccountPrincipal(account, null));
                    principal.ifPresent(signedIn -> recordUse(key.get()));
                    return principal.map(
                            p -> new Verification(new VerifiedKey(p, key.get().scopes()), key.get()));
                }));
    }

    /** The key's first use of the day (Vietnam time) is kept and told; later uses that day are not. */
    private void recordUse(StoredKey key) {
        LocalDate today = VnTime.today(clock);
        Instant lastUsed = key.lastUsedAt();
        if (lastUsed != null && !lastUsed.atZone(VnTime.ZONE).toLocalDate().isBefore(today)) {
            return;
        }
        int first = jdbc.sql("""
                        insert into api_key_use (council_id, api_key_id, day) values (:council, :key, :day)
                        on conflict do nothing""")
                .param("council", key.council().value())
                .param("key", key.id())
                .param("day", today)
                .update();
        if (first == 1) {
            events.publishEvent(new ApiKeyUsed(key.council(), key.id(), today));
        }
    }

    private record StoredKey(
            UUID id,
            CouncilId council,
            UUID userId,
            String secretHash,
            @Nullable Instant lastUsedAt,
            @Nullable Instant expiresAt,
            java.util.Set<vn.hdndso.identity.ApiKeyScope> scopes) {}
}
