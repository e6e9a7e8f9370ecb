package vn.hdndso.identity;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Optional;

/**
 * The second step of signing in with the form: the code of the authenticator app. A right code
 * swaps the pending authentication for the full one (with a new session id); each wrong code counts
 * as a failed sign-in of the account, and after five wrong codes in one sign-in the person
 * is signed out.
 */
public interface SecondFactorSignIn {

    /** The user name of the person waiting to enter a code in this session, if any. */
    Optional<String> pendingUsername();

    Result verify(String code, HttpServletRequest request, HttpServletResponse response);

    enum Outcome {
        /** The code was right: the person now holds their roles. */
        SIGNED_IN,
        /** Wrong code; {@link Result#attemptsLeft()} more may be tried. */
        WRONG_CODE,
        /** Too many wrong codes, or the account was locked or disabled meanwhile: signed out. */
        SIGNED_OUT,
        /** Nobody is waiting for a second factor in this session. */
        NOT_PENDING
    }

    record Result(Outcome outcome, int attemptsLeft) {}
}
