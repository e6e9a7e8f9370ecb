package vn.hdndso.identity.internal;

import java.time.Clock;
import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import vn.hdndso.identity.CurrentUser;
import vn.hdndso.identity.UserId;
import vn.hdndso.identity.audit.AuditActor;
import vn.hdndso.shared.CouncilId;
import vn.hdndso.shared.audit.AuditEvent;
import vn.hdndso.shared.tenancy.Tenancy;
import vn.hdndso.shared.tenancy.TenantScope;

/**
 * Counts failed sign-ins per account and locks it for a while after too many; a success resets
 * the count. Both are audited in the account's council.
 */
@Component
class LoginAttempts {

    private static final String ANONYMOUS = "anonymous";

    private final UserRepository users;
    private final TransactionTemplate transactions;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final IdentityProperties settings;

    LoginAttempts(
            UserRepository users,
            TransactionTemplate transactions,
            ApplicationEventPublisher events,
            IdentityProperties settings,
            Clock clock) {
        this.users = users;
        this.transactions = transactions;
        this.events = events;
        this.settings = settings;
        this.clock = clock;
    }

    @EventListener
    void failed(AuthenticationFailureBadCredentialsEvent event) {
        String username = event.getAuthentication().getName();
        if (username == null || username.isBlank()) {
            return;
        }
        AuditActor.runAs(
                ANONYMOUS,
                () -> Tenancy.run(
                        TenantScope.allCouncils("sign-in attempt"),
                        () -> transactions.executeWithoutResult(s -> users.credentials(username)
                                .ifPresent(c -> {
                                    users.recordFailedLogin(
                                            c.account().id(),
                                            settings.lockAfterFailures(),
                                            Instant.now(clock).plus(settings.lockDuration()));
                                    events.publishEvent(AuditEvent.of(
                                                    c.account().council(),
                                                    "identity.login.failed",
                                                    "user",
                                                    c.account().id())
                                            .with("failures", c.failedLogins() + 1));
                                }))));
    }

    /**
     * A right password. An account with a second factor is not signed in yet: its failures are
     * cleared only once the code is right too, so wrong codes keep counting towards the lock.
     */
    @EventListener
    void succeeded(AuthenticationSuccessEvent event) {
        Object principal = event.getAuthentication().getPrincipal();
        if (principal instanceof AccountPrincipal account && account.totpEnabled()) {
            return;
        }
        if (principal instanceof CurrentUser.Principal p) {
            signedIn(p.currentUser(), null);
        }
    }

    void secondFactorSucceeded(CurrentUser user) {
        signedIn(user, "totp");
    }

    void secondFactorFailed(UserId user, CouncilId council) {
        AuditActor.runAs(
                ANONYMOUS,
                () -> Tenancy.run(
                        TenantScope.allCouncils("second factor attempt"),
                        () -> transactions.executeWithoutResult(s -> {
                            users.recordFailedLogin(
                                    user,
                                    settings.lockAfterFailures(),
                                    Instant.now(clock).plus(settings.lockDuration()));
                            events.publishEvent(
                                    AuditEvent.of(council, "identity.login.secondFactorFailed", "user", user));
                        })));
    }

    private void signedIn(CurrentUser user, @Nullable String secondFactor) {
        AuditActor.runAs(
                user.username(),
                () -> Tenancy.run(
                        TenantScope.allCouncils("sign-in"),
                        () -> transactions.executeWithoutResult(s -> {
                            users.recordSuccessfulLogin(user.id());
                            AuditEvent event = AuditEvent.of(user.council(), "identity.login", "user", user.id());
                            events.publishEvent(
                                    secondFactor == null ? event : event.with("secondFactor", secondFactor));
                        })));
    }
}
