package vn.hdndso.identity;

import java.util.Optional;
import java.util.Set;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import vn.hdndso.shared.CouncilId;

/**
 * The signed-in person or machine, as other modules see it.
 *
 * @param council the council the account belongs to (the city administrator's is the province council)
 */
public record CurrentUser(UserId id, CouncilId council, String username, String fullName, Set<Role> roles)
        implements java.io.Serializable {

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

    /** Implemented by the principal objects of every way of signing in. */
    public interface Principal {
        CurrentUser currentUser();
    }
}
