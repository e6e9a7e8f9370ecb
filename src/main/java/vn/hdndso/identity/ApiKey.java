package vn.hdndso.identity;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * An API key as lists show it: who it signs in as, its public prefix, its dates; never its secret.
 *
 * @param prefix the public part of the token ({@code hdnd_<prefix>_…}), to tell keys apart
 * @param scopes what the key may do with its account ({@link ApiKeyScope})
 */
public record ApiKey(
        UUID id,
        UserId userId,
        String username,
        String name,
        String prefix,
        Instant createdAt,
        @Nullable Instant lastUsedAt,
        @Nullable Instant expiresAt,
        @Nullable Instant revokedAt,
        java.util.Set<ApiKeyScope> scopes) {

    public ApiKey {
        scopes = scopes.isEmpty() ? ApiKeyScope.DEFAULT : java.util.Set.copyOf(scopes);
    }

    public enum Status {
        ACTIVE,
        EXPIRED,
        REVOKED
    }

    public Status statusAt(Instant now) {
        if (revokedAt != null) {
            return Status.REVOKED;
        }
        return expiresAt != null && !expiresAt.isAfter(now) ? Status.EXPIRED : Status.ACTIVE;
    }
}
