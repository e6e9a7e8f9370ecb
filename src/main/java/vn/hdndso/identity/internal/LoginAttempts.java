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
                                    Lockout after =
                                            users.recordFailedLogin(c.account().id(), this::afterFailure);
                                    events.publishEvent(AuditEvent.of(
                                                    c.account().council(),
                                                    "identity.login.failed",
                                                    "user",
                                                    c.account().id())
                                            .with("failures", after.failures()));
                                }))));
    }

    /**
     * A right password. An account with a second factor is not signed in yet: the password counts
     * as a failed attempt until the code is right too (which clears the count), so that the code
     * prompt cannot confirm passwords without limit, and wrong codes keep counting towards the
     * lock (see {@link Lockout#afterUnfinishedSignIn}).
     */
    @EventListener
    void succeeded(AuthenticationSuccessEvent event) {
        Object principal = event.getAuthentication().getPrincipal();
        if (principal instanceof AccountPrincipal account && account.totpEnabled()) {
            CurrentUser user = account.currentUser();
            countFailure(
                    user.id(),
                    user.council(),
                    "identity.login.secondFactorPending",
                    lockout -> lockout.afterUnfinishedSignIn(
                            Instant.now(clock), settings.lockAfterFailures(), settings.lockDuration()));
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
        countFailure(user, council, "identity.login.secondFactorFailed", this::afterFailure);
    }

    private void countFailure(
            UserId user, CouncilId council, String action, java.util.function.UnaryOperator<Lockout> rule) {
        AuditActor.runAs(
                ANONYMOUS,
                () -> Tenancy.run(
                        TenantScope.allCouncils("second factor attempt"),
                        () -> transactions.executeWithoutResult(s -> {
                            Lockout after = users.recordFailedLogin(user, rule);
                            events.publishEvent(
                                    AuditEvent.of(council, action, "user", user).with("failures", after.failures()));
                        })));
    }

    private Lockout afterFailure(Lockout current) {
        return current.afterFailure(Instant.now(clock), settings.lockAfterFailures(), settings.lockDuration());
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
