package vn.hdndso.identity.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.filter.OncePerRequestFilter;
import vn.hdndso.identity.CurrentUser;
import vn.hdndso.shared.tenancy.Tenancy;
import vn.hdndso.shared.tenancy.TenantScope;

/**
 * Someone signed in with a password another chose for them (the generated first administrator's)
 * is sent to their account page to choose their own before any other workspace page. Asked of
 * the database once per session while the answer is "no change needed", then remembered in the
 * session; while a change is owed, asked on every workspace request (so it ends the moment the
 * password is changed, on any instance).
 */
class PasswordChangeGate extends OncePerRequestFilter {

    static final String ACCOUNT_PAGE = "/app/account";
    static final String CHANGE_PAGE = ACCOUNT_PAGE + "?doiMatKhau#password";
    private static final String CHECKED = PasswordChangeGate.class.getName() + ".checked";

    private final UserRepository users;
    private final TransactionTemplate transactions;

    PasswordChangeGate(UserRepository users, TransactionTemplate transactions) {
        this.users = users;
        this.transactions = transactions;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return !(path.equals("/app") || path.startsWith("/app/"))
                || path.equals(ACCOUNT_PAGE)
                || path.equals(ACCOUNT_PAGE + "/password");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        HttpSession session = request.getSession(false);
        var signedIn = SecurityContextHolder.getContext().getAuthentication();
        if (session == null
                || session.getAttribute(CHECKED) != null
                || signedIn == null
                || !(signedIn.getPrincipal() instanceof AccountPrincipal account)) {
            chain.doFilter(request, response);
            return;
        }
        CurrentUser me = account.currentUser();
        boolean owed = Boolean.TRUE.equals(Tenancy.call(
                TenantScope.staffOf(me.council()), () -> transactions.execute(s -> users.mustChangePassword(me.id()))));
        if (owed) {
            response.sendRedirect(request.getContextPath() + CHANGE_PAGE);
            return;
        }
        session.setAttribute(CHECKED, Boolean.TRUE);
        chain.doFilter(request, response);
    }
}
