package vn.hdndso.identity.internal;

import org.springframework.security.core.AuthenticationException;

/** Too many password checks at once or from one address: try again later (no password was checked). */
final class PasswordChecksBusyException extends AuthenticationException {

    PasswordChecksBusyException() {
        super("too many password checks; try again later");
    }
}
