package vn.hdndso.identity.internal;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import vn.hdndso.councils.Council;
import vn.hdndso.councils.CouncilOrganisation;
import vn.hdndso.councils.CouncilSetUp;
import vn.hdndso.councils.Councils;
import vn.hdndso.councils.Delegate;
import vn.hdndso.identity.Role;
import vn.hdndso.identity.UserAccount;
import vn.hdndso.identity.UserId;
import vn.hdndso.shared.InstallationProperties;
import vn.hdndso.shared.audit.AuditEvent;
import vn.hdndso.shared.tenancy.Tenancy;
import vn.hdndso.shared.tenancy.TenantScope;

/**
 * Creates the city administrator {@code admin} on first start, in the province council, with
 * {@code HDND_ADMIN_PASSWORD} or a generated password; and, with {@code HDND_DEMO=true}, labelled
 * demo accounts in the demo councils. A generated password is never logged: it is written to
 * {@code <data dir>/first-admin-password.txt} (mode {@code 0600}, {@link FirstPasswordFile}), the
 * account must change it at its first sign-in ({@link PasswordChangeGate}), and the file is removed
 * on the first start after the change.
 */
@Component
class FirstAdministrator implements SmartInitializingSingleton {

    static final String USERNAME = "admin";
    private static final Logger log = LoggerFactory.getLogger(FirstAdministrator.class);
    private static final String ALPHABET = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    private final CouncilSetUp setUp;
    private final Councils councils;
    private final CouncilOrganisation organisation;
    private final UserRepository users;
    private final PasswordEncoder passwords;
    private final TransactionTemplate transactions;
    private final ApplicationEventPublisher events;
    private final IdentityProperties settings;
    private final InstallationProperties installation;
    private final Clock clock;
    private final FirstPasswordFile passwordFile;

    FirstAdministrator(
            CouncilSetUp setUp,
            Councils councils,
            CouncilOrganisation organisation,
            UserRepository users,
            PasswordEncoder passwords,
            TransactionTemplate transactions,
            ApplicationEventPublisher events,
            IdentityProperties settings,
            InstallationProperties installation,
            Clock clock) {
        this.setUp = setUp;
        this.councils = councils;
        this.organisation = organisation;
        this.users = users;
        this.passwords = passwords;
        this.transactions = transactions;
        this.events = events;
        this.settings = settings;
        this.installation = installation;
        this.clock = clock;
        this.passwordFile = new FirstPasswordFile(installation.dataDir());
    }

    @Override
    public void afterSingletonsInstantiated() {
        setUp.ensureRegistered();
        Council province = councils.provincial().orElseThrow();
        Tenancy.run(
                TenantScope.allCouncils("first administrator"),
                () -> transactions.executeWithoutResult(s -> {
                    if (users.usernameTaken(USERNAME)) {
                        if (!users.mustChangePassword(USERNAME) && passwordFile.remove()) {
                            log.info(
                                    "The first administrator's password has been changed; removed {}",
                                    passwordFile.path());
                        }
                        return;
                    }
                    String configured = settings.adminPassword();
                    String password = configured == null || configured.isBlank() ? generatePassword() : configured;
                    boolean generated = !password.equals(configured);
                    UserAccount admin = Objects.requireNonNull(
                            create(
                                    province,
                                    USERNAME,
                                    "Quản trị hệ thống",
                                    password,
                                    EnumSet.of(Role.CITY_ADMIN),
                                    false),
                            "the name was free in this transaction");
                    if (generated) {
                        users.requirePasswordChange(admin.id());
                        passwordFile.write(USERNAME, password);
                        log.warn(
                                "First administrator 'admin' created with a generated password, written to {}"
                                        + " (readable by this service's account only); it must be changed at the"
                                        + " first sign-in",
                                passwordFile.path());
                    } else {
                        log.info("First administrator 'admin' created with the password from HDND_ADMIN_PASSWORD");
                    }
                }));
        if (installation.demo()) {
            Tenancy.run(TenantScope.allCouncils("demo accounts"), () -> transactions.executeWithoutResult(s -> demo()));
        }
    }

    /** Demo accounts: a council administrator, a clerk and a delegate per demo council. */
    private void demo() {
        for (Council council : councils.all()) {
            if (!List.of("11140", "10714").contains(council.code())) {
                continue;
            }
            String prefix = council.slug().replace("-", "");
            create(
                    council,
                    prefix + ".chutich",
                    "Chủ tịch HĐND (mẫu)",
                    settings.demoPassword(),
                    EnumSet.of(Role.COUNCIL_ADMIN),
                    true);
            create(
                    council,
                    prefix + ".vanthu",
                    "Văn thư HĐND (mẫu)",
                    settings.demoPassword(),
                    EnumSet.of(Role.CLERK),
                    true);
            UserAccount delegate = create(
                    council,
                    prefix + ".daibieu",
                    "Đại biểu HĐND (mẫu)",
                    settings.demoPassword(),
                    EnumSet.of(Role.DELEGATE),
                    true);
            if (delegate != null) {
                organisation.registerDelegate(
                        council.id(),
                        vn.hdndso.councils.NewDelegate.forUser(
                                delegate.fullName(), delegate.id().value()));
            }
            demoDelegateAccounts(council, prefix);
        }
    }

    /**
     * One account per demo delegate, {@code <prefix>.daibieu01}, {@code .daibieu02}, … in the order
     * of their names, linked to that delegate (one person, one delegate), so the whole demo council
     * can vote. All share the demo password, hashed once.
     */
    private void demoDelegateAccounts(Council council, String prefix) {
        List<Delegate> demoDelegates = organisation.currentDelegates(council.id()).stream()
                .filter(d -> d.demo() && d.active())
                .sorted(java.util.Comparator.comparing(Delegate::fullName).thenComparing(d -> d.id().value()))
                .toList();
        String hash = null;
        for (int i = 0; i < demoDelegates.size(); i++) {
            Delegate d = demoDelegates.get(i);
            String username = prefix + ".daibieu%02d".formatted(i + 1);
            if (d.userId() != null || users.usernameTaken(username)) {
                continue;
            }
            if (hash == null) {
                hash = Objects.requireNonNull(passwords.encode(settings.demoPassword()));
            }
            UserAccount account = insert(council, username, d.fullName(), hash, EnumSet.of(Role.DELEGATE), true);
            organisation.linkDelegate(council.id(), d.id(), account.id().value());
        }
    }

    private @Nullable UserAccount create(
            Council council, String username, String fullName, String password, Set<Role> roles, boolean demo) {
        if (users.usernameTaken(username)) {
            return null;
        }
        return insert(council, username, fullName, Objects.requireNonNull(passwords.encode(password)), roles, demo);
    }

    private UserAccount insert(
            Council council, String username, String fullName, String passwordHash, Set<Role> roles, boolean demo) {
        var account = new UserAccount(
                new UserId(UUID.randomUUID()),
                council.id(),
                username,
                fullName,
                null,
                null,
                roles,
                true,
                null,
                false,
                demo,
                Instant.now(clock),
                null);
        users.insert(account, passwordHash);
        events.publishEvent(AuditEvent.of(council.id(), "identity.user.created", "user", account.id())
                .with("username", username)
                .with("roles", roles));
        return account;
    }

    static String generatePassword() {
        var random = new SecureRandom();
        var password = new StringBuilder();
        for (int i = 0; i < 20; i++) {
            password.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return password.toString();
    }
}
