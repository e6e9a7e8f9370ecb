package vn.hdndso.identity;

import java.util.Optional;
import java.util.Set;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.context.request.RequestContextHolder;
import vn.hdndso.shared.CouncilId;

/**
 * The signed-in person or machine, as other modules see it.
 *
 * @param council the council the account belongs to (the city administrator's is the province council)
 */
public record CurrentUser(UserId id, CouncilId council, String username, String fullName, Set<Role> roles)
        implements java.io.Serializable {

    /** {@link #describe()} of work that no request started. */
    public static final String SYSTEM = "hệ thống";

    /** {@link #describe()} of an anonymous visitor of the public site. */
    public static final String VOTER = "cử tri";

    public CurrentUser {
        roles = Set.copyOf(roles);
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    public boolean isCityAdmin() {
        return has(Role.CITY_ADMIN);
    }

    /** Whether this user works for the given council (the city administrator works for all). */
    public boolean worksFor(CouncilId other) {
        return isCityAdmin() || council.equals(other);
    }

    /** The user of the current request, if someone is signed in. */
    public static Optional<CurrentUser> get() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !authentication.isAuthenticated()) {
            return Optional.empty();
        }
        return authentication.getPrincipal() instanceof Principal p ? Optional.of(p.currentUser()) : Optional.empty();
    }

    /**
     * Who is acting, as the product writes it into its records (who drafted, answered, imported):
     * "Full Name (username)" for a signed-in person; "cử tri" for an anonymous visitor of the public
     * site (the only things anyone may do there without signing in are a voter's); "hệ thống" for
     * work that no request started (scheduled jobs, start-up). The audit trail keeps the bare
     * username beside it, the account's stable identifier.
     */
    public static String describe() {
        return get().map(user -> user.fullName() + " (" + user.username() + ")")
                .orElseGet(() -> RequestContextHolder.getRequestAttributes() == null ? SYSTEM : VOTER);
    }

    /** Implemented by the principal objects of every way of signing in. */
    public interface Principal {
        CurrentUser currentUser();
    }
}
