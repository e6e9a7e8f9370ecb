package vn.hdndso.identity.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import vn.hdndso.shared.tenancy.Tenancy;
import vn.hdndso.shared.tenancy.TenantScope;

/** Checks a presented API key against the stored hash of its secret. */
@Component
class ApiKeyVerifier {

    static final Pattern TOKEN = Pattern.compile("hdnd_([a-z0-9]{8})_([A-Za-z0-9]{32})");

    private final JdbcClient jdbc;
    private final UserRepository users;
    private final TransactionTemplate transactions;

    ApiKeyVerifier(JdbcClient jdbc, UserRepository users, TransactionTemplate transactions) {
        this.jdbc = jdbc;
        this.users = users;
        this.transactions = transactions;
    }

    Optional<AccountPrincipal> verify(String token) {
        Matcher m = TOKEN.matcher(token);
        if (!m.matches()) {
            return Optional.empty();
        }
        String prefix = m.group(1);
        byte[] presented = sha256(m.group(2)).getBytes(StandardCharsets.US_ASCII);
        return Tenancy.call(
                TenantScope.allCouncils("API key authentication"),
                () -> transactions.execute(s -> {
                    Optional<StoredKey> key = jdbc.sql("""
                            select id, user_id, secret_hash from api_key
                            where prefix = :prefix and revoked_at is null
                              and (expires_at is null or expires_at > now())""")
                            .param("prefix", prefix)
                            .query((rs, n) -> new StoredKey(
                                    rs.getObject("id", UUID.class),
                                    rs.getObject("user_id", UUID.class),
                                    rs.getString("secret_hash")))
                            .optional();
                    if (key.isEmpty()
                            || !MessageDigest.isEqual(
                                    presented, key.get().secretHash().getBytes(StandardCharsets.US_ASCII))) {
                        return Optional.<AccountPrincipal>empty();
                    }
                    jdbc.sql("""
                            update api_key set last_used_at = now()
                            where id = :id and (last_used_at is null or last_used_at < now() - interval '1 minute')""").param("id", key.get().id()).update();
                    return users.find(new vn.hdndso.identity.UserId(key.get().userId()))
                            .filter(vn.hdndso.identity.UserAccount::enabled)
                            .map(account -> new AccountPrincipal(account, null));
                }));
    }

    static String sha256(String secret) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private record StoredKey(UUID id, UUID userId, String secretHash) {}
}
