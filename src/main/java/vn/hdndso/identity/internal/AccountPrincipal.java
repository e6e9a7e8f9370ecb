package vn.hdndso.identity.internal;

import java.time.Instant;
import java.util.Collection;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;
import vn.hdndso.identity.CurrentUser;
import vn.hdndso.identity.Role;
import vn.hdndso.identity.UserAccount;

/** The signed-in account as Spring Security holds it (serialised into the HTTP session). */
final class AccountPrincipal implements UserDetails, CredentialsContainer, CurrentUser.Principal {

    private final CurrentUser user;
    private @Nullable String passwordHash;
    private final boolean enabled;
    private final @Nullable Instant lockedUntil;
    private final boolean totpEnabled;

    AccountPrincipal(UserAccount account, @Nullable String passwordHash) {
        this.user = new CurrentUser(
                account.id(), account.council(), account.username(), account.fullName(), account.roles());
        this.passwordHash = passwordHash;
        this.enabled = account.enabled();
        this.lockedUntil = account.lockedUntil();
        this.totpEnabled = account.totpEnabled();
    }

    @Override
    public CurrentUser currentUser() {
        return user;
    }

    public boolean totpEnabled() {
        return totpEnabled;
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return user.roles().stream()
                .map(Role::authority)
                .map(SimpleGrantedAuthority::new)
                .toList();
    }

    @Override
    public @Nullable String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return user.username();
    }

    @Override
    public boolean isAccountNonLocked() {
        return lockedUntil == null || lockedUntil.isBefore(Instant.now());
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }

    @Override
    public String toString() {
        return "AccountPrincipal[" + user.username() + "]";
    }
}
