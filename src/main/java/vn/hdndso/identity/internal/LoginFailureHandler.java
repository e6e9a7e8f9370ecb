package vn.hdndso.identity.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.stereotype.Component;

/**
 * Back to the form with one message that never says whether the name or the password was wrong,
 * nor whether the account exists and is locked (an unknown name gets the same answer); when too
 * many password checks are running, a request to try again shortly.
 */
@Component
class LoginFailureHandler implements AuthenticationFailureHandler {

    @Override
    public void onAuthenticationFailure(
            HttpServletRequest request, HttpServletResponse response, AuthenticationException exception)
            throws IOException {
        String reason = exception instanceof PasswordChecksBusyException ? "busy" : "error";
        response.sendRedirect(request.getContextPath() + "/login?" + reason);
    }
}
