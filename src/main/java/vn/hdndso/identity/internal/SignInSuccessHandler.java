package vn.hdndso.identity.internal;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.context.SecurityContextRepository;

/**
 * After a correct password: people without a second factor go where they were heading (or to
 * {@code /app}); people with one are held at {@code /login/totp} with only {@link
 * PendingSecondFactor}, and get their roles there.
 */
class SignInSuccessHandler implements AuthenticationSuccessHandler {

    static final String SECOND_FACTOR_PAGE = "/login/totp";

    private final SecurityContextRepository contexts;
    private final SavedRequestAwareAuthenticationSuccessHandler proceed =
            new SavedRequestAwareAuthenticationSuccessHandler();

    SignInSuccessHandler(SecurityContextRepository contexts) {
        this.contexts = contexts;
        proceed.setDefaultTargetUrl("/app");
    }

    @Override
    public void onAuthenticationSuccess(
            HttpServletRequest request, HttpServletResponse response, Authentication authentication)
            throws IOException, ServletException {
        if (authentication.getPrincipal() instanceof AccountPrincipal account && account.totpEnabled()) {
            var user = account.currentUser();
            var pending = new PendingSecondFactor(
                    new PendingSecondFactor.PendingUser(user.id(), user.council(), user.username()));
            var context = SecurityContextHolder.createEmptyContext();
            context.setAuthentication(pending);
            SecurityContextHolder.setContext(context);
            contexts.saveContext(context, request, response);
            response.sendRedirect(request.getContextPath() + SECOND_FACTOR_PAGE);
            return;
        }
        proceed.onAuthenticationSuccess(request, response, authentication);
    }
}
