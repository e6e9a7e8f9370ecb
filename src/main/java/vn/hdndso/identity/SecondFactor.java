package vn.hdndso.identity;

import java.util.Optional;
import vn.hdndso.shared.CouncilId;

/**
 * The optional second factor of a staff account: a TOTP authenticator app (RFC 6238). A user
 * enrols by scanning a secret and confirming it with a code; from then on signing in with the
 * form needs a code after the password, and HTTP Basic is refused (machines use API keys). Each
 * method works in the user's own council, whatever the scope of the caller.
 */
public interface SecondFactor {

    Status status(CurrentUser me);

    /** Draws a new secret and keeps it unconfirmed; an enrolment already pending is replaced. */
    Enrolment startEnrolment(CurrentUser me);

    /** Turns the second factor on once the user proves their app shows the right codes. */
    void confirmEnrolment(CurrentUser me, String code);

    /** Turns the second factor off; needs a current code, so a stolen session alone cannot. */
    void disable(CurrentUser me, String code);

    /**
     * An administrator turns a user's second factor off, e.g. after a lost phone; the user signs in
     * with the password alone and may enrol again. Runs in the caller's scope (the council's staff).
     */
    void resetFor(CouncilId council, UserId id);

    /**
     * Checks the code typed while signing in and uses it up. Called before the user holds a
     * session with their roles, so it states its own scope.
     */
    boolean acceptSignInCode(UserId user, CouncilId council, String code);

    /** A secret waiting to be confirmed, and the {@code otpauth://} URI an authenticator app scans. */
    record Enrolment(String secret, String otpauthUri) {}

    /** Whether the second factor is on, and the enrolment in progress if there is one. */
    record Status(boolean enabled, Optional<Enrolment> pending) {}
}
