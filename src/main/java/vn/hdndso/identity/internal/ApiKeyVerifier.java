package vn.hdndso.identity.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import vn.hdndso.identity.UserAccount;
import vn.hdndso.identity.UserId;
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

    ApiKeyVerifier(JdbcClient jdbc, UserRepository users, TransactionTemplate transactions) {
        this.jdbc = jdbc;
        this.users = users;
        this.transactions = transactions;
    }

    Optional<AccountPrincipal> verify(String presented) {
        Optional<ApiKeyToken> token = ApiKeyToken.parse(presented);
        if (token.isEmpty()) {
            return Optional.empty();
        }
        byte[] presentedHash = token.get().secretHash().getBytes(StandardCharsets.US_ASCII);
        return Tenancy.call(
                TenantScope.allCouncils("API key authentication"),
                () -> transactions.execute(s -> {
                    Optional<StoredKey> key = jdbc.sql("""
                            select id, user_id, secret_hash from api_key
                            where prefix = :prefix and revoked_at is null
                              and (expires_at is null or expires_at > now())""")
                            .param("prefix", token.get().prefix())
                            .query((rs, n) -> new StoredKey(
                                    rs.getObject("id", UUID.class),
                                    rs.getObject("user_id", UUID.class),
                                    rs.getString("secret_hash")))
                            .optional();
                    if (key.isEmpty()
                            || !MessageDigest.isEqual(
                                    presentedHash, key.get().secretHash().getBytes(StandardCharsets.US_ASCII))) {
                        return Optional.<AccountPrincipal>empty();
                    }
                    jdbc.sql("""
                            update api_key set last_used_at = now()
                            where id = :id and (last_used_at is null or last_used_at < now() - interval '1 minute')""").param("id", key.get().id()).update();
                    return users.find(new UserId(key.get().userId()))
                            .filter(UserAccount::enabled)
                            .map(account -> new AccountPrincipal(account, null));
                }));
    }

    private record StoredKey(UUID id, UUID userId, String secretHash) {}
}
