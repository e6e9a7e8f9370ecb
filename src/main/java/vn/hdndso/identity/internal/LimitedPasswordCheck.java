package vn.hdndso.identity.internal;

import org.jspecify.annotations.Nullable;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The name-and-password check under {@link PasswordCheckLimits}: over a limit the request is
 * refused with {@link PasswordChecksBusyException} before any hashing.
 */
final class LimitedPasswordCheck implements AuthenticationProvider {

    private final AuthenticationProvider passwordCheck;
    private final PasswordCheckLimits limits;

    LimitedPasswordCheck(AuthenticationProvider passwordCheck, PasswordCheckLimits limits) {
        this.passwordCheck = passwordCheck;
        this.limits = limits;
    }

    @Override
    public @Nullable Authentication authenticate(Authentication authentication) throws AuthenticationException {
        var permit = limits.tryStart(clientAddress()).orElseThrow(PasswordChecksBusyException::new);
        try (permit) {
            Authentication result = passwordCheck.authenticate(authentication);
            if (result != null && result.isAuthenticated()) {
                permit.passwordWasRight();
            }
            return result;
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return passwordCheck.supports(authentication);
    }

    /** The client's address (behind a trusted proxy, the one it forwarded). */
    private static String clientAddress() {
        return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
                ? attributes.getRequest().getRemoteAddr()
                : "unknown";
    }
}
