package vn.hdndso.identity.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.hdndso.identity.ApiKey;
import vn.hdndso.identity.ApiKeys;
import vn.hdndso.identity.UserAccount;
import vn.hdndso.identity.UserId;
import vn.hdndso.shared.CouncilId;
import vn.hdndso.shared.InvalidInputException;
import vn.hdndso.shared.NotFoundException;
import vn.hdndso.shared.VnText;
import vn.hdndso.shared.audit.AuditEvent;

/**
 * API keys of a council's accounts: another system signs in as the account with {@code
 * Authorization: Bearer <token>}. The token is shown once, when the key is created; only a hash of
 * its secret is kept. Runs in the caller's tenant scope; every creation and revocation is audited.
 */
@Service
class ApiKeyRegistry implements ApiKeys {

    static final int MAX_NAME = 200;

    private final ApiKeyRepository keys;
    private final UserRepository users;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final VerifiedKeys verified;

    ApiKeyRegistry(
            ApiKeyRepository keys,
            UserRepository users,
            ApplicationEventPublisher events,
            Clock clock,
            VerifiedKeys verified) {
        this.verified = verified;
        this.keys = keys;
        this.users = users;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Creates a key for an account of the council.
     *
     * @param expiresAt when it stops working; {@code null} for never
     */
    @Override
    @Transactional
    public IssuedApiKey create(
            CouncilId council,
            @Nullable UserId owner,
            String name,
            @Nullable Instant expiresAt,
            java.util.Set<vn.hdndso.identity.ApiKeyScope> scopes) {
        var granted = scopes.isEmpty() ? vn.hdndso.identity.ApiKeyScope.DEFAULT : scopes;
        String cleanName = VnText.normalize(name);
        var problems = new InvalidInputException.Collector();
        UserAccount account = null;
        if (owner == null) {
            problems.add("userId", "validation.required");
        } else {
            account = users.find(owner).filter(a -> a.council().equals(council)).orElse(null);
            if (account == null) {
                problems.add("userId", "validation.apiKey.owner");
            } else if (!account.enabled()) {
                problems.add("userId", "validation.apiKey.ownerDisabled");
            }
        }
        if (cleanName.isEmpty()) {
            problems.add("name", "validation.required");
        } else if (cleanName.length() > MAX_NAME) {
            problems.add("name", "validation.tooLong", MAX_NAME);
        }
        if (expiresAt != null && !expiresAt.isAfter(Instant.now(clock))) {
            problems.add("expiresAt", "validation.apiKey.expiresInPast");
        }
        problems.throwIfAny();
        Objects.requireNonNull(account);
        AccountRegistry.requireMayManage(account);
        ApiKeyToken token = ApiKeyToken.generate();
        while (keys.prefixTaken(token.prefix())) {
            token = ApiKeyToken.generate();
        }
        UUID id = UUID.randomUUID();
        keys.insert(id, council, account.id(), cleanName, token, expiresAt, granted);
        events.publishEvent(AuditEvent.of(council, "identity.apiKey.created", "apiKey", id)
                .with("user", account.username())
                .with("name", cleanName)
                .with("prefix", token.prefix())
                .with(
                        "scopes",
                        granted.stream()
                                .map(vn.hdndso.identity.ApiKeyScope::code)
                                .sorted()
                                .collect(java.util.stream.Collectors.joining(" ")))
                .with("expiresAt", expiresAt == null ? "" : expiresAt.toString()));
        ApiKey created = keys.find(council, id).orElseThrow();
        return new IssuedApiKey(created, token.token());
    }

    @Override
    @Transactional(readOnly = true)
    public List<ApiKey> ofCouncil(CouncilId council) {
        return keys.ofCouncil(council);
    }

    @Override
    @Transactional(readOnly = true)
    public List<Use> usedBetween(CouncilId council, LocalDate from, LocalDate to) {
        return keys.usedBetween(council, from, to);
    }

    @Override
    @Transactional(readOnly = true)
    public List<ApiKey> ofUser(CouncilId council, UserId user) {
        return keys.ofUser(council, user);
    }

    /**
     * Stops a key from working at once: on this instance right after the commit, on the others
     * when the database's notification of the change reaches them ({@link VerifiedKeys}). Revoking
     * a revoked key changes nothing.
     */
    @Override
    @Transactional
    public ApiKey revoke(CouncilId council, UUID id) {
        ApiKey key = keys.find(council, id).orElseThrow(() -> new NotFoundException("error.apiKey.notFound", id));
        if (key.revokedAt() != null) {
            return key;
        }
        users.find(key.userId()).ifPresent(AccountRegistry::requireMayManage);
        keys.revoke(id);
        verified.forgetKeyAfterCommit(key.prefix());
        events.publishEvent(AuditEvent.of(council, "identity.apiKey.revoked", "apiKey", id)
                .with("user", key.username())
                .with("prefix", key.prefix()));
        return keys.find(council, id).orElseThrow();
    }
}
