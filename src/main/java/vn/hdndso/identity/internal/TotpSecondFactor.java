package vn.hdndso.identity.internal;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Supplier;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import vn.hdndso.identity.CurrentUser;
import vn.hdndso.identity.SecondFactor;
import vn.hdndso.identity.UserAccount;
import vn.hdndso.identity.UserId;
import vn.hdndso.shared.BusinessRuleException;
import vn.hdndso.shared.CouncilId;
import vn.hdndso.shared.InvalidInputException;
import vn.hdndso.shared.NotFoundException;
import vn.hdndso.shared.audit.AuditEvent;
import vn.hdndso.shared.tenancy.Tenancy;
import vn.hdndso.shared.tenancy.TenantScope;

/**
 * The optional second factor of a staff account: a TOTP authenticator app (RFC 6238). A user
 * enrols by scanning a secret and confirming it with a code; from then on signing in with the
 * form needs a code after the password, and HTTP Basic is refused (machines use API keys). Each
 * method works in the user's own council, whatever the scope of the caller.
 */
@Service
class TotpSecondFactor implements SecondFactor {

    static final String ISSUER = "HĐND số";

    private final UserRepository users;
    private final TransactionTemplate transactions;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final AccountSessions sessions;

    TotpSecondFactor(
            UserRepository users,
            TransactionTemplate transactions,
            ApplicationEventPublisher events,
            AccountSessions sessions,
            Clock clock) {
        this.users = users;
        this.transactions = transactions;
        this.events = events;
        this.sessions = sessions;
        this.clock = clock;
    }

    @Override
    public Status status(CurrentUser me) {
        return inOwnCouncil(me, () -> {
            var state = users.totp(me.id()).orElseThrow(() -> new NotFoundException("error.user.notFound", me.id()));
            Optional<Enrolment> pending = state.enabled() || state.secret() == null
                    ? Optional.empty()
                    : Optional.of(enrolment(me.username(), state.secret()));
            return new Status(state.enabled(), pending);
        });
    }

    /** Draws a new secret and keeps it unconfirmed; an enrolment already pending is replaced. */
    @Override
    public Enrolment startEnrolment(CurrentUser me) {
        return inOwnCouncil(me, () -> {
            var state = users.totp(me.id()).orElseThrow(() -> new NotFoundException("error.user.notFound", me.id()));
            if (state.enabled()) {
                throw new BusinessRuleException("error.totp.alreadyEnabled");
            }
            String secret = Totp.newSecret();
            users.setTotp(me.id(), secret, false);
            return enrolment(me.username(), secret);
        });
    }

    /** Turns the second factor on once the user proves their app shows the right codes. */
    @Override
    public void confirmEnrolment(CurrentUser me, String code) {
        inOwnCouncil(me, () -> {
            var state = users.totp(me.id()).orElseThrow(() -> new NotFoundException("error.user.notFound", me.id()));
            if (state.enabled()) {
                throw new BusinessRuleException("error.totp.alreadyEnabled");
            }
            if (state.secret() == null) {
                throw new BusinessRuleException("error.totp.notStarted");
            }
            long step = requireCode(state.secret(), code, state.lastStep());
            requireClaimed(me.id(), step);
            users.setTotp(me.id(), state.secret(), true);
            events.publishEvent(AuditEvent.of(me.council(), "identity.totp.enabled", "user", me.id()));
            return null;
        });
    }

    /** Turns the second factor off; needs a current code, so a stolen session alone cannot. */
    @Override
    public void disable(CurrentUser me, String code) {
        inOwnCouncil(me, () -> {
            var state = users.totp(me.id()).orElseThrow(() -> new NotFoundException("error.user.notFound", me.id()));
            if (!state.enabled() || state.secret() == null) {
                throw new BusinessRuleException("error.totp.notEnabled");
            }
            long step = requireCode(state.secret(), code, state.lastStep());
            requireClaimed(me.id(), step);
            users.setTotp(me.id(), null, false);
            events.publishEvent(AuditEvent.of(me.council(), "identity.totp.disabled", "user", me.id()));
            return null;
        });
    }

    /**
     * An administrator turns a user's second factor off, e.g. after a lost phone; the user signs in
     * with the password alone and may enrol again. Runs in the caller's scope (the council's staff).
     */
    @Override
    @Transactional
    public void resetFor(CouncilId council, UserId id) {
        UserAccount account = users.find(id)
                .filter(a -> a.council().equals(council))
                .orElseThrow(() -> new NotFoundException("error.user.notFound", id));
        AccountRegistry.requireMayManage(account);
        var state = users.totp(id).orElseThrow();
        if (!state.enabled() && state.secret() == null) {
            return;
        }
        users.setTotp(id, null, false);
        events.publishEvent(AuditEvent.of(council, "identity.totp.reset", "user", id));
        sessions.endAllOf(account.username());
    }

    /**
     * Checks the code typed while signing in and uses it up. Called before the user holds a
     * session with their roles, so it states its own scope.
     */
    @Override
    public boolean acceptSignInCode(UserId user, CouncilId council, String code) {
        return Tenancy.call(
                TenantScope.staffOf(council),
                () -> Boolean.TRUE.equals(transactions.execute(s -> {
                    var state = users.totp(user).orElse(null);
                    if (state == null || !state.enabled() || state.secret() == null) {
                        return false;
                    }
                    OptionalLong step = Totp.matchingStep(state.secret(), code, Instant.now(clock), state.lastStep());
                    // a code another request (or instance) used meanwhile is refused like a wrong one
                    return step.isPresent() && users.claimTotpStep(user, step.getAsLong());
                })));
    }

    /** Uses the code's step up; refused as a wrong code if a parallel request used it first. */
    private void requireClaimed(UserId user, long step) {
        if (!users.claimTotpStep(user, step)) {
            throw InvalidInputException.of("code", "validation.totp.code");
        }
    }

    private long requireCode(String secret, String code, long lastStep) {
        OptionalLong step = Totp.matchingStep(secret, code, Instant.now(clock), lastStep);
        if (step.isEmpty()) {
            throw InvalidInputException.of("code", "validation.totp.code");
        }
        return step.getAsLong();
    }

    static Enrolment enrolment(String username, String secret) {
        String label = encode(ISSUER) + ":" + encode(username);
        String uri = "otpauth://totp/" + label + "?secret=" + secret + "&issuer=" + encode(ISSUER)
                + "&algorithm=SHA1&digits=" + Totp.DIGITS + "&period=" + Totp.STEP_SECONDS;
        return new Enrolment(secret, uri);
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private <T> T inOwnCouncil(CurrentUser me, Supplier<T> work) {
        return Tenancy.call(TenantScope.staffOf(me.council()), () -> transactions.execute(s -> work.get()));
    }
}
