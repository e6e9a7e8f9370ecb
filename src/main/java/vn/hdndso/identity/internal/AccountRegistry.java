package vn.hdndso.identity.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import vn.hdndso.councils.CouncilOrganisation;
import vn.hdndso.councils.DelegateId;
import vn.hdndso.councils.NewDelegate;
import vn.hdndso.identity.CurrentUser;
import vn.hdndso.identity.NewUser;
import vn.hdndso.identity.Role;
import vn.hdndso.identity.UserAccount;
import vn.hdndso.identity.UserAccounts;
import vn.hdndso.identity.UserId;
import vn.hdndso.shared.BusinessRuleException;
import vn.hdndso.shared.CouncilId;
import vn.hdndso.shared.InvalidInputException;
import vn.hdndso.shared.NotFoundException;
import vn.hdndso.shared.VnText;
import vn.hdndso.shared.audit.AuditEvent;
import vn.hdndso.shared.tenancy.Tenancy;
import vn.hdndso.shared.tenancy.TenantScope;

/** Creates and manages the accounts of a council. Runs in the caller's tenant scope. */
@Service
class AccountRegistry implements UserAccounts {

    static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{2,49}");
    static final int MIN_PASSWORD_LENGTH = 10;

    private final UserRepository users;
    private final PasswordEncoder passwords;
    private final CouncilOrganisation organisation;
    private final ApplicationEventPublisher events;
    private final AccountSessions sessions;
    private final Clock clock;
    private final TransactionTemplate transactions;

    AccountRegistry(
            UserRepository users,
            PasswordEncoder passwords,
            CouncilOrganisation organisation,
            ApplicationEventPublisher events,
            AccountSessions sessions,
            TransactionTemplate transactions,
            Clock clock) {
        this.users = users;
        this.passwords = passwords;
        this.organisation = organisation;
        this.events = events;
        this.sessions = sessions;
        this.transactions = transactions;
        this.clock = clock;
    }

    /**
     * Creates an account in a council. A user with the DELEGATE role also becomes a delegate of
     * the council's current term. Only the city administrator grants CITY_ADMIN, and only in the
     * province council.
     */
    @Override
    @Transactional
    public UserAccount create(CouncilId council, NewUser user, boolean callerIsCityAdmin, boolean provincialCouncil) {
        String username = VnText.normalize(user.username()).toLowerCase(Locale.ROOT);
        String fullName = VnText.normalize(user.fullName());
        var problems = new InvalidInputException.Collector();
        if (!USERNAME.matcher(username).matches()) {
            problems.add("username", "validation.username");
        }
        validatePassword(user.password(), username, problems);
        if (fullName.isEmpty()) {
            problems.add("fullName", "validation.required");
        } else if (fullName.length() > 200) {
            problems.add("fullName", "validation.tooLong", 200);
        }
        validateRoles(user.roles(), callerIsCityAdmin, provincialCouncil, problems);
        if (user.delegateId() != null && !user.roles().contains(Role.DELEGATE)) {
            problems.add("delegateId", "identity.validation.delegateId.needsDelegateRole");
        }
        if (user.email() != null && !user.email().isBlank() && !user.email().matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
            problems.add("email", "validation.email");
        }
        problems.throwIfAny();
        if (users.usernameTaken(username)) {
            throw new BusinessRuleException("username", "error.user.usernameTaken", username);
        }
        var account = new UserAccount(
                new UserId(UUID.randomUUID()),
                council,
                username,
                fullName,
                blankToNull(user.email()),
                blankToNull(user.phone()),
                EnumSet.copyOf(user.roles()),
                true,
                null,
                false,
                false,
                Instant.now(clock),
                null);
        users.insert(account, Objects.requireNonNull(passwords.encode(user.password())));
        UUID delegateId = user.delegateId();
        AuditEvent created = AuditEvent.of(council, "identity.user.created", "user", account.id())
                .with("username", username)
                .with("roles", account.roles().stream().map(Role::name).sorted().toList());
        events.publishEvent(delegateId == null ? created : created.with("delegateId", delegateId));
        if (delegateId != null) {
            // one person, one delegate: the account joins the delegate already on the roll
            organisation.linkDelegate(
                    council, new DelegateId(delegateId), account.id().value());
        } else if (account.roles().contains(Role.DELEGATE)) {
            organisation.registerDelegate(
                    council, NewDelegate.forUser(fullName, account.id().value()));
        }
        return account;
    }

    /** The council's accounts; the read is audited (it shows personal data), so it writes. */
    @Override
    @Transactional
    public List<UserAccount> ofCouncil(CouncilId council) {
        List<UserAccount> accounts = users.ofCouncil(council);
        events.publishEvent(
                AuditEvent.of(council, "identity.users.read", "user", "*").with("count", accounts.size()));
        return accounts;
    }

    /** One account of the council; the read is audited. */
    @Override
    @Transactional
    public UserAccount require(CouncilId council, UserId id) {
        UserAccount account = users.find(id)
                .filter(a -> a.council().equals(council))
                .orElseThrow(() -> new NotFoundException("error.user.notFound", id));
        events.publishEvent(AuditEvent.of(council, "identity.user.read", "user", id));
        return account;
    }

    /** Sets a new password chosen by an administrator; the account's other sessions end. */
    @Override
    @Transactional
    public void resetPassword(CouncilId council, UserId id, String newPassword) {
        UserAccount account = find(council, id);
        requireMayManage(account);
        var problems = new InvalidInputException.Collector();
        validatePassword(newPassword, account.username(), problems);
        problems.throwIfAny();
        users.updatePassword(id, Objects.requireNonNull(passwords.encode(newPassword)));
        events.publishEvent(AuditEvent.of(council, "identity.user.passwordReset", "user", id));
        sessions.endAllOf(account.username());
    }

    /**
     * The signed-in user changes their own password, proving they know the current one. Works in
     * the user's own council whatever the request's scope.
     */
    @Override
    public void changeOwnPassword(CurrentUser me, String currentPassword, String newPassword) {
        Tenancy.run(
                TenantScope.staffOf(me.council()),
                () -> transactions.executeWithoutResult(s -> {
                    String hash = users.passwordHash(me.id())
                            .orElseThrow(() -> new NotFoundException("error.user.notFound", me.id()));
                    var problems = new InvalidInputException.Collector();
                    if (currentPassword == null || !passwords.matches(currentPassword, hash)) {
                        problems.add("currentPassword", "validation.password.current");
                    }
                    validatePassword(newPassword, me.username(), problems);
                    if (!problems.has("password") && newPassword.equals(currentPassword)) {
                        problems.add("password", "validation.password.unchanged");
                    }
                    problems.throwIfAny();
                    users.updatePassword(me.id(), Objects.requireNonNull(passwords.encode(newPassword)));
                    events.publishEvent(AuditEvent.of(me.council(), "identity.user.passwordChanged", "user", me.id()));
                }));
        sessions.endAllOf(me.username());
    }

    @Override
    @Transactional
    public void unlock(CouncilId council, UserId id) {
        UserAccount account = find(council, id);
        requireMayManage(account);
        users.unlock(id);
        events.publishEvent(AuditEvent.of(council, "identity.user.unlocked", "user", id));
    }

    /** Enables or disables an account; a disabled account cannot sign in, nor its API keys. */
    @Override
    @Transactional
    public void setEnabled(CouncilId council, UserId id, boolean enabled) {
        UserAccount account = find(council, id);
        requireMayManage(account);
        if (!enabled && isCaller(account)) {
            throw new BusinessRuleException("enabled", "error.user.disableSelf");
        }
        if (account.enabled() == enabled) {
            return;
        }
        users.setEnabled(id, enabled);
        events.publishEvent(
                AuditEvent.of(council, enabled ? "identity.user.enabled" : "identity.user.disabled", "user", id));
        if (!enabled) {
            sessions.endAllOf(account.username());
        }
    }

    /**
     * Gives an account a new set of roles. Administrators cannot take their own administrator
     * role away; an account that becomes a DELEGATE becomes a delegate of the current term.
     */
    @Override
    @Transactional
    public UserAccount changeRoles(CouncilId council, UserId id, Set<Role> roles, boolean provincialCouncil) {
        UserAccount account = find(council, id);
        requireMayManage(account);
        var problems = new InvalidInputException.Collector();
        validateRoles(roles, callerIsCityAdmin(), provincialCouncil, problems);
        problems.throwIfAny();
        if (isCaller(account)
                && ((account.has(Role.COUNCIL_ADMIN) && !roles.contains(Role.COUNCIL_ADMIN))
                        || (account.has(Role.CITY_ADMIN) && !roles.contains(Role.CITY_ADMIN)))) {
            throw new BusinessRuleException("roles", "error.user.demoteSelf");
        }
        if (account.roles().equals(roles)) {
            return account;
        }
        users.updateRoles(id, roles);
        events.publishEvent(AuditEvent.of(council, "identity.user.rolesChanged", "user", id)
                .with("from", sortedNames(account.roles()))
                .with("to", sortedNames(roles)));
        if (roles.contains(Role.DELEGATE) && !account.has(Role.DELEGATE) && !isDelegate(council, id)) {
            organisation.registerDelegate(council, NewDelegate.forUser(account.fullName(), id.value()));
        }
        sessions.endAllOf(account.username());
        return find(council, id);
    }

    /**
     * Only the city administrator manages an account that holds the city administrator's role, so
     * that the province council's own administrators cannot take it over.
     */
    static void requireMayManage(UserAccount target) {
        if (target.has(Role.CITY_ADMIN) && !callerIsCityAdmin()) {
            throw new AccessDeniedException("only the city administrator manages a city administrator");
        }
    }

    private UserAccount find(CouncilId council, UserId id) {
        return users.find(id)
                .filter(a -> a.council().equals(council))
                .orElseThrow(() -> new NotFoundException("error.user.notFound", id));
    }

    private boolean isDelegate(CouncilId council, UserId id) {
        return organisation.currentDelegates(council).stream()
                .anyMatch(d -> id.value().equals(d.userId()));
    }

    private static boolean isCaller(UserAccount account) {
        return CurrentUser.get().map(u -> u.id().equals(account.id())).orElse(false);
    }

    private static boolean callerIsCityAdmin() {
        return CurrentUser.get().map(CurrentUser::isCityAdmin).orElse(false);
    }

    private static List<String> sortedNames(Set<Role> roles) {
        return roles.stream().map(Role::name).sorted().toList();
    }

    static void validateRoles(
            Set<Role> roles,
            boolean callerIsCityAdmin,
            boolean provincialCouncil,
            InvalidInputException.Collector problems) {
        if (roles.isEmpty()) {
            problems.add("roles", "validation.roles.required");
        }
        if (roles.contains(Role.CITY_ADMIN) && !(callerIsCityAdmin && provincialCouncil)) {
            problems.add("roles", "validation.roles.cityAdmin");
        }
    }

    static void validatePassword(@Nullable String password, String username, InvalidInputException.Collector problems) {
        if (password == null || password.length() < MIN_PASSWORD_LENGTH) {
            problems.add("password", "validation.password.length", MIN_PASSWORD_LENGTH);
        } else if (password.length() > 200) {
            problems.add("password", "validation.tooLong", 200);
        } else if (password.toLowerCase(Locale.ROOT).contains(username)) {
            problems.add("password", "validation.password.containsUsername");
        }
    }

    private static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : VnText.normalize(value);
    }
}
