package vn.hdndso.identity;

import java.time.Instant;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import vn.hdndso.shared.CouncilId;

/** A person's (or machine's) account, without its secrets. Contact fields are personal data. */
public record UserAccount(
        UserId id,
        CouncilId council,
        String username,
        String fullName,
        @Nullable String email,
        @Nullable String phone,
        Set<Role> roles,
        boolean enabled,
        @Nullable Instant lockedUntil,
        boolean totpEnabled,
        boolean demo,
        Instant createdAt,
        @Nullable Instant lastLoginAt) {

    public UserAccount {
        roles = Set.copyOf(roles);
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    public boolean lockedAt(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }
}
