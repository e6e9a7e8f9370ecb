package vn.hdndso.identity;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.hdndso.councils.CouncilOrganisation;
import vn.hdndso.councils.NewDelegate;
import vn.hdndso.identity.internal.UserRepository;
import vn.hdndso.shared.BusinessRuleException;
import vn.hdndso.shared.CouncilId;
import vn.hdndso.shared.InvalidInputException;
import vn.hdndso.shared.NotFoundException;
import vn.hdndso.shared.VnText;
import vn.hdndso.shared.audit.AuditEvent;

/** Creates and manages the accounts of a council. Runs in the caller's tenant scope. */
@Service
public class UserAccounts {

    static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{2,49}");
    static final int MIN_PASSWORD_LENGTH = 10;

    private final UserRepository users;
    private final PasswordEncoder passwords;
    private final CouncilOrganisation organisation;
    private final ApplicationEventPublisher events;

    UserAccounts(
            UserRepository users,
            PasswordEncoder passwords,
            CouncilOrganisation organisation,
            ApplicationEventPublisher events) {
        this.users = users;
        this.passwords = passwords;
        this.organisation = organisation;
        this.events = events;
    }

    /**
     * Creates an account in a council. A user with the DELEGATE role also becomes a delegate of
     * the council's current term. Only the city administrator grants CITY_ADMIN, and only in the
     * province council.
     */
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
        if (user.roles().isEmpty()) {
            problems.add("roles", "validation.roles.required");
        }
        if (user.roles().contains(Role.CITY_ADMIN) && !(callerIsCityAdmin && provincialCouncil)) {
            problems.add("roles", "validation.roles.cityAdmin");
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
                Instant.now(),
                null);
        users.insert(account, passwords.encode(user.password()));
        events.publishEvent(AuditEvent.of(council, "identity.user.created", "user", account.id())
                .with("username", username)
                .with("roles", account.roles().stream().map(Role::name).sorted().toList()));
        if (account.roles().contains(Role.DELEGATE)) {
            organisation.registerDelegate(
                    council, NewDelegate.forUser(fullName, account.id().value()));
        }
        return account;
    }

    @Transactional(readOnly = true)
    public List<UserAccount> ofCouncil(CouncilId council) {
        List<UserAccount> accounts = users.ofCouncil(council);
        events.publishEvent(
                AuditEvent.of(council, "identity.users.read", "user", "*").with("count", accounts.size()));
        return accounts;
    }

    @Transactional(readOnly = true)
    public UserAccount require(CouncilId council, UserId id) {
        UserAccount account = users.find(id)
                .filter(a -> a.council().equals(council))
                .orElseThrow(() -> new NotFoundException("error.user.notFound", id));
        events.publishEvent(AuditEvent.of(council, "identity.user.read", "user", id));
        return account;
    }

    @Transactional
    public void changePassword(CouncilId council, UserId id, String newPassword) {
        UserAccount account = users.find(id)
                .filter(a -> a.council().equals(council))
                .orElseThrow(() -> new NotFoundException("error.user.notFound", id));
        var problems = new InvalidInputException.Collector();
        validatePassword(newPassword, account.username(), problems);
        problems.throwIfAny();
        users.updatePassword(id, passwords.encode(newPassword));
        events.publishEvent(AuditEvent.of(council, "identity.user.passwordChanged", "user", id));
    }

    @Transactional
    public void unlock(CouncilId council, UserId id) {
        require(council, id);
        users.unlock(id);
        events.publishEvent(AuditEvent.of(council, "identity.user.unlocked", "user", id));
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

    /** All roles a council user can be given through the API. */
    public static Set<Role> assignableRoles() {
        return EnumSet.complementOf(EnumSet.of(Role.CITY_ADMIN, Role.API_CLIENT));
    }
}
