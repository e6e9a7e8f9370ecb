package vn.hdndso.identity;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import vn.hdndso.shared.CouncilId;

/**
 * API keys of a council's accounts: another system signs in as the account with {@code
 * Authorization: Bearer <token>}. The token is shown once, when the key is created; only a hash of
 * its secret is kept. Runs in the caller's tenant scope; every creation and revocation is audited.
 */
public interface ApiKeys {

    /**
     * Creates a key for an account of the council.
     *
     * @param expiresAt when it stops working; {@code null} for never
     */
    IssuedApiKey create(
            CouncilId council,
            @Nullable UserId owner,
            String name,
            @Nullable Instant expiresAt,
            java.util.Set<ApiKeyScope> scopes);

    /** A key with the default scope ({@link ApiKeyScope#DEFAULT}: reads as the public). */
    default IssuedApiKey create(CouncilId council, @Nullable UserId owner, String name, @Nullable Instant expiresAt) {
        return create(council, owner, name, expiresAt, ApiKeyScope.DEFAULT);
    }

    List<ApiKey> ofCouncil(CouncilId council);

    List<ApiKey> ofUser(CouncilId council, UserId user);

    /** Stops a key from working at once. Revoking a revoked key changes nothing. */
    ApiKey revoke(CouncilId council, UUID id);

    /**
     * The council's keys used between the two days (inclusive, Vietnam time), by name.
     *
     * @param days on how many of those days the key was used
     * @param lastDay the last of them
     */
    record Use(UUID keyId, String name, UserId userId, String username, int days, LocalDate lastDay) {}

    List<Use> usedBetween(CouncilId council, LocalDate from, LocalDate to);

    /** A new key with its token, which is not stored and cannot be shown again. */
    record IssuedApiKey(ApiKey key, String token) {}
}
