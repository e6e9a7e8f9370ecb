package vn.hdndso.identity.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.hdndso.identity.ApiKey;
import vn.hdndso.identity.ApiKeyScope;
import vn.hdndso.identity.ApiKeys;
import vn.hdndso.identity.UserId;
import vn.hdndso.shared.CouncilId;

/** API keys under row-level security: only the council's staff see them. Secrets are never read back. */
@Repository
class ApiKeyRepository {

    private static final String SELECT = """
            select k.id, k.user_id, u.username, k.name, k.prefix, k.created_at, k.last_used_at, k.expires_at,
                   k.revoked_at, k.scopes
            from api_key k join app_user u on u.id = k.user_id""";

    private final JdbcClient jdbc;

    ApiKeyRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The council's keys used between the two days, the most recently used first. */
    public List<ApiKeys.Use> usedBetween(CouncilId council, LocalDate from, LocalDate to) {
        return jdbc.sql("""
                        select k.id, k.name, k.user_id, u.username, count(*) as days, max(x.day) as last_day
                        from api_key_use x join api_key k on k.id = x.api_key_id join app_user u on u.id = k.user_id
                        where x.council_id = :council and x.day between :from and :to
                        group by k.id, k.name, k.user_id, u.username
                        order by last_day desc, k.name, k.id""")
                .param("council", council.value())
                .param("from", from)
                .param("to", to)
                .query((rs, n) -> new ApiKeys.Use(
                        rs.getObject("id", UUID.class),
                        rs.getString("name"),
                        new UserId(rs.getObject("user_id", UUID.class)),
                        rs.getString("username"),
                        rs.getInt("days"),
                        rs.getObject("last_day", LocalDate.class)))
                .list();
    }

    public boolean prefixTaken(String prefix) {
        return jdbc.sql("select exists (select 1 from api_key where prefix = :p)")
                .param("p", prefix)
                .query(Boolean.class)
                .single();
    }

    public void insert(
            UUID id,
            CouncilId council,
            UserId user,
            String name,
            ApiKeyToken token,
            @Nullable Instant expiresAt,
            java.util.Set<ApiKeyScope> scopes) {
        jdbc.sql("""
                        insert into api_key (id, council_id, user_id, name, prefix, secret_hash, expires_at, scopes)
                        values (:id, :c, :user, :name, :prefix, :hash, :expires, string_to_array(:scopes, ' '))""")
                .param("scopes", codes(scopes))
                .param("id", id)
                .param("c", council.value())
                .param("user", user.value())
                .param("name", name)
                .param("prefix", token.prefix())
                .param("hash", token.secretHash())
                .param("expires", expiresAt == null ? null : Timestamp.from(expiresAt))
                .update();
    }

    public List<ApiKey> ofCouncil(CouncilId council) {
        return jdbc.sql(SELECT + " where k.council_id = :c order by k.created_at desc")
                .param("c", council.value())
                .query(ApiKeyRepository::key)
                .list();
    }

    public List<ApiKey> ofUser(CouncilId council, UserId user) {
        return jdbc.sql(SELECT + " where k.council_id = :c and k.user_id = :u order by k.created_at desc")
                .param("c", council.value())
                .param("u", user.value())
                .query(ApiKeyRepository::key)
                .list();
    }

    public Optional<ApiKey> find(CouncilId council, UUID id) {
        return jdbc.sql(SELECT + " where k.council_id = :c and k.id = :id")
                .param("c", council.value())
                .param("id", id)
                .query(ApiKeyRepository::key)
                .optional();
    }

    public void revoke(UUID id) {
        jdbc.sql("update api_key set revoked_at = now() where id = :id and revoked_at is null")
                .param("id", id)
                .update();
    }

    private static ApiKey key(ResultSet rs, int n) throws SQLException {
        return new ApiKey(
                rs.getObject("id", UUID.class),
                new UserId(rs.getObject("user_id", UUID.class)),
                rs.getString("username"),
                rs.getString("name"),
                rs.getString("prefix"),
                rs.getTimestamp("created_at").toInstant(),
                instant(rs.getTimestamp("last_used_at")),
                instant(rs.getTimestamp("expires_at")),
                instant(rs.getTimestamp("revoked_at")),
                scopes(rs.getArray("scopes")));
    }

    static String codes(java.util.Set<ApiKeyScope> scopes) {
        return scopes.stream().map(ApiKeyScope::code).sorted().collect(java.util.stream.Collectors.joining(" "));
    }

    static java.util.Set<ApiKeyScope> scopes(java.sql.@Nullable Array array) throws SQLException {
        var scopes = java.util.EnumSet.noneOf(ApiKeyScope.class);
        if (array != null) {
            for (Object code : (Object[]) array.getArray()) {
                if (code != null) {
                    ApiKeyScope.fromCode(code.toString()).ifPresent(scopes::add);
                }
            }
        }
        return scopes;
    }

    private static @Nullable Instant instant(@Nullable Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
