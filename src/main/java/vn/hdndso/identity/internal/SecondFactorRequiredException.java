package vn.hdndso.identity.internal;

import org.springframework.security.authentication.AccountStatusException;

/** HTTP Basic for an account that has a second factor: such accounts sign machines in with API keys. */
class SecondFactorRequiredException extends AccountStatusException {

    SecondFactorRequiredException() {
        super("second factor required: use an API key");
    }
}
