package vn.hdndso.identity.internal;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.hdndso.identity.Role;
import vn.hdndso.identity.UserAccount;
import vn.hdndso.identity.UserId;
import vn.hdndso.shared.CouncilId;

/** Accounts under row-level security: a council's staff see their own council's accounts. */
@Repository
class UserRepository {

    private final JdbcClient jdbc;

    private final VerifiedKeys verifiedKeys;

    UserRepository(JdbcClient jdbc, VerifiedKeys verifiedKeys) {
        this.jdbc = jdbc;
        this.verifiedKeys = verifiedKeys;
    }

    /** An account with its password hash, for signing in. */
    public record Credentials(
            UserAccount account,
            String passwordHash,
            int failedLogins,
            @Nullable String totpSecret) {}

    public Optional<Credentials> credentials(String username) {
        return jdbc.sql("select * from app_user where lower(username) = lower(:u)")
                .param("u", username)
                .query((rs, n) -> new Credentials(
                        account(rs, n),
                        rs.getString("password_hash"),
                        rs.getInt("failed_logins"),
                        rs.getString("totp_secret")))
                .optional();
    }

    public Optional<UserAccount> find(UserId id) {
        return jdbc.sql("select * from app_user where id = :id")
                .param("id", id.value())
                .query(UserRepository::account)
                .optional();
    }

    public List<UserAccount> ofCouncil(CouncilId council) {
        return jdbc.sql("select * from app_user where council_id = :c order by lower(full_name)")
                .param("c", council.value())
                .query(UserRepository::account)
                .list();
    }

    public boolean usernameTaken(String username) {
        return jdbc.sql("select exists (select 1 from app_user where lower(username) = lower(:u))")
                .param("u", username)
                .query(Boolean.class)
                .single();
    }

    public void insert(UserAccount account, String passwordHash) {
        jdbc.sql("""
                        insert into app_user (id, council_id, username, password_hash, full_name, email, phone,
                                              roles, enabled, demo)
                        values (:id, :c, :username, :hash, :fullName, :email, :phone, :roles::varchar[],
                                :enabled, :demo)""")
                .param("id", account.id().value())
                .param("c", account.council().value())
                .param("username", account.username())
                .param("hash", passwordHash)
                .param("fullName", account.fullName())
                .param("email", account.email())
                .param("phone", account.phone())
                .param("roles", rolesLiteral(account.roles()))
                .param("enabled", account.enabled())
                .param("demo", account.demo())
                .update();
    }

    /** One more failed sign-in, counted under a row lock so that parallel attempts all count. */
    public Lockout recordFailedLogin(UserId id, java.util.function.UnaryOperator<Lockout> afterFailure) {
        Lockout current = jdbc.sql("select failed_logins, locked_until from app_user where id = :id for update")
                .param("id", id.value())
                .query((rs, n) -> {
                    Timestamp until = rs.getTimestamp("locked_until");
                    return new Lockout(rs.getInt("failed_logins"), until == null ? null : until.toInstant());
                })
                .single();
        Lockout next = afterFailure.apply(current);
        Instant until = next.lockedUntil();
        jdbc.sql("update app_user set failed_logins = :failures, locked_until = :until where id = :id")
                .param("failures", next.failures())
                .param("until", until == null ? null : Timestamp.from(until), java.sql.Types.TIMESTAMP)
                .param("id", id.value())
                .update();
        return next;
    }

    public void recordSuccessfulLogin(UserId id) {
        jdbc.sql("update app_user set failed_logins = 0, locked_until = null, last_login_at = now() where id = :id")
                .param("id", id.value())
                .update();
    }

    public void updatePassword(UserId id, String passwordHash) {
        jdbc.sql("""
                        update app_user set password_hash = :hash, password_changed_at = now(), updated_at = now(),
                               password_must_change = false
                        where id = :id""").param("hash", passwordHash).param("id", id.value()).update();
    }

    /** Marks an account whose password someone else chose: it must choose its own at sign-in. */
    public void requirePasswordChange(UserId id) {
        jdbc.sql("update app_user set password_must_change = true where id = :id")
                .param("id", id.value())
                .update();
    }

    /** Whether the account still owes a password of its own. */
    public boolean mustChangePassword(UserId id) {
        return jdbc.sql("select password_must_change from app_user where id = :id")
                .param("id", id.value())
                .query(Boolean.class)
                .optional()
                .orElse(false);
    }

    /** Whether the account {@code username} exists and still owes a password of its own. */
    public boolean mustChangePassword(String username) {
        return jdbc.sql("select password_must_change from app_user where username = :username")
                .param("username", username)
                .query(Boolean.class)
                .optional()
                .orElse(false);
    }

    public void updateProfile(
            UserId id,
            String fullName,
            @Nullable String email,
            @Nullable String phone,
            Set<Role> roles,
            boolean enabled) {
        jdbc.sql("""
                        update app_user set full_name = :fullName, email = :email, phone = :phone,
                               roles = :roles::varchar[], enabled = :enabled, updated_at = now()
                        where id = :id""")
                .param("fullName", fullName)
                .param("email", email)
                .param("phone", phone)
                .param("roles", rolesLiteral(roles))
                .param("enabled", enabled)
                .param("id", id.value())
                .update();
        verifiedKeys.forgetUserAfterCommit(id.value());
    }

    public void unlock(UserId id) {
        jdbc.sql("update app_user set failed_logins = 0, locked_until = null where id = :id")
                .param("id", id.value())
                .update();
    }

    /** The stored password hash of an account, to check a password its owner types again. */
    public Optional<String> passwordHash(UserId id) {
        return jdbc.sql("select password_hash from app_user where id = :id")
                .param("id", id.value())
                .query(String.class)
                .optional();
    }

    /** An account's second-factor state: the base32 secret (pending or confirmed) and the last step used. */
    public record TotpState(@Nullable String secret, boolean enabled, long lastStep) {}

    public Optional<TotpState> totp(UserId id) {
        return jdbc.sql("select totp_secret, totp_enabled, totp_last_step from app_user where id = :id")
                .param("id", id.value())
                .query((rs, n) -> new TotpState(
                        rs.getString("totp_secret"), rs.getBoolean("totp_enabled"), rs.getLong("totp_last_step")))
                .optional();
    }

    /**
     * Claims the step of an accepted code, so the same code is refused next time: {@code true} if
     * this call moved the account's last step forward. The condition is checked by the update
     * itself under the row's lock, so of two instances accepting the same code at once only one
     * claims it (the other's update finds the step already taken and changes nothing).
     */
    public boolean claimTotpStep(UserId id, long step) {
        return jdbc.sql("update app_user set totp_last_step = :step where id = :id and totp_last_step < :step")
                        .param("step", step)
                        .param("id", id.value())
                        .update()
                == 1;
    }

    public void setEnabled(UserId id, boolean enabled) {
        jdbc.sql("update app_user set enabled = :enabled, updated_at = now() where id = :id")
                .param("enabled", enabled)
                .param("id", id.value())
                .update();
        verifiedKeys.forgetUserAfterCommit(id.value());
    }

    public void updateRoles(UserId id, Set<Role> roles) {
        jdbc.sql("update app_user set roles = :roles::varchar[], updated_at = now() where id = :id")
                .param("roles", rolesLiteral(roles))
                .param("id", id.value())
                .update();
        verifiedKeys.forgetUserAfterCommit(id.value());
    }

    public void setTotp(UserId id, @Nullable String secret, boolean enabled) {
        jdbc.sql(
                        "update app_user set totp_secret = :secret, totp_enabled = :enabled, updated_at = now() where id = :id")
                .param("secret", secret)
                .param("enabled", enabled)
                .param("id", id.value())
                .update();
    }

    private static String rolesLiteral(Set<Role> roles) {
        return roles.stream().map(Role::name).sorted().collect(Collectors.joining(",", "{", "}"));
    }

    static UserAccount account(ResultSet rs, int n) throws SQLException {
        Timestamp locked = rs.getTimestamp("locked_until");
        Timestamp lastLogin = rs.getTimestamp("last_login_at");
        return new UserAccount(
                new UserId(rs.getObject("id", UUID.class)),
                new CouncilId(rs.getObject("council_id", UUID.class)),
                rs.getString("username"),
                rs.getString("full_name"),
                rs.getString("email"),
                rs.getString("phone"),
                roles(rs.getArray("roles")),
                rs.getBoolean("enabled"),
                locked == null ? null : locked.toInstant(),
                rs.getBoolean("totp_enabled"),
                rs.getBoolean("demo"),
                rs.getTimestamp("created_at").toInstant(),
                lastLogin == null ? null : lastLogin.toInstant());
    }

    private static Set<Role> roles(Array array) throws SQLException {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        Arrays.stream((Object[]) array.getArray())
                .map(o -> Role.valueOf((String) o))
                .forEach(roles::add);
        return roles;
    }
}
