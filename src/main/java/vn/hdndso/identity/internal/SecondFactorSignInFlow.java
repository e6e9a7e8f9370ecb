package vn.hdndso.identity.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.util.Optional;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Component;
import vn.hdndso.identity.SecondFactor;
import vn.hdndso.identity.SecondFactorSignIn;

/**
 * The second step of signing in with the form: the code of the authenticator app. A right code
 * swaps the pending authentication for the full one (with a new session id); each wrong code counts
 * as a failed sign-in of the account, and after {@value #MAX_WRONG_CODES} in one sign-in the person
 * is signed out.
 */
@Component
class SecondFactorSignInFlow implements SecondFactorSignIn {

    static final int MAX_WRONG_CODES = 5;
    private static final String WRONG_CODES = SecondFactorSignIn.class.getName() + ".wrongCodes";

    private final SecondFactor secondFactor;
    private final AccountDetailsService accounts;
    private final LoginAttempts attempts;
    private final SecurityContextRepository contexts;

    SecondFactorSignInFlow(
            SecondFactor secondFactor,
            AccountDetailsService accounts,
            LoginAttempts attempts,
            SecurityContextRepository contexts) {
        this.secondFactor = secondFactor;
        this.accounts = accounts;
        this.attempts = attempts;
        this.contexts = contexts;
    }

    /** The user name of the person waiting to enter a code in this session, if any. */
    @Override
    public Optional<String> pendingUsername() {
        return pending().map(p -> p.user().username());
    }

    @Override
    public Result verify(String code, HttpServletRequest request, HttpServletResponse response) {
        Optional<PendingSecondFactor> pending = pending();
        if (pending.isEmpty()) {
            return new Result(Outcome.NOT_PENDING, 0);
        }
        var user = pending.get().user();
        if (secondFactor.acceptSignInCode(user.id(), user.council(), code)) {
            return complete(user, request, response);
        }
        attempts.secondFactorFailed(user.id(), user.council());
        HttpSession session = request.getSession();
        int wrong = session.getAttribute(WRONG_CODES) instanceof Integer n ? n + 1 : 1;
        if (wrong >= MAX_WRONG_CODES) {
            signOut(request);
            return new Result(Outcome.SIGNED_OUT, 0);
        }
        session.setAttribute(WRONG_CODES, wrong);
        return new Result(Outcome.WRONG_CODE, MAX_WRONG_CODES - wrong);
    }

    private Result complete(
            PendingSecondFactor.PendingUser user, HttpServletRequest request, HttpServletResponse response) {
        AccountPrincipal principal;
        try {
            principal = (AccountPrincipal) accounts.loadUserByUsername(user.username());
        } catch (UsernameNotFoundException e) {
            signOut(request);
            return new Result(Outcome.SIGNED_OUT, 0);
        }
        if (!principal.isEnabled() || !principal.isAccountNonLocked()) {
            signOut(request);
            return new Result(Outcome.SIGNED_OUT, 0);
        }
        principal.eraseCredentials();
        var authentication =
                UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities());
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(authentication);
        SecurityContextHolder.setContext(context);
        request.changeSessionId();
        request.getSession().removeAttribute(WRONG_CODES);
        contexts.saveContext(context, request, response);
        attempts.secondFactorSucceeded(principal.currentUser());
        return new Result(Outcome.SIGNED_IN, MAX_WRONG_CODES);
    }

    private static void signOut(HttpServletRequest request) {
        SecurityContextHolder.clearContext();
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
    }

    private static Optional<PendingSecondFactor> pending() {
        return SecurityContextHolder.getContext().getAuthentication() instanceof PendingSecondFactor p
                ? Optional.of(p)
                : Optional.empty();
    }
}
