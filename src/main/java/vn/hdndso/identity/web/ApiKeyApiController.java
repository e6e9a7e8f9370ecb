package vn.hdndso.identity.web;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.hdndso.councils.Council;
import vn.hdndso.councils.Councils;
import vn.hdndso.identity.ApiKey;
import vn.hdndso.identity.ApiKeys;
import vn.hdndso.identity.UserId;
import vn.hdndso.shared.InvalidInputException;
import vn.hdndso.shared.VnTime;
import vn.hdndso.shared.web.Page;

/** API keys of a council's accounts, for its administrators. The token is in the creation answer only. */
@RestController
@RequestMapping("/api/v1/councils/{slug}/api-keys")
@PreAuthorize("@councilAccess.has('COUNCIL_ADMIN')")
class ApiKeyApiController {

    private final Councils councils;
    private final ApiKeys apiKeys;

    ApiKeyApiController(Councils councils, ApiKeys apiKeys) {
        this.councils = councils;
        this.apiKeys = apiKeys;
    }

    /**
     * @param expiresAt an ISO 8601 time with offset ({@code 2026-12-31T17:00:00+07:00}), or a date,
     *     meaning the end of that day in Vietnam
     */
    record CreateApiKeyRequest(
            @Nullable String userId,
            @Nullable String name,
            @Nullable String expiresAt,
            java.util.@Nullable List<String> scopes) {}

    record CreatedApiKey(
            String id,
            String token,
            String prefix,
            String userId,
            String name,
            @Nullable Instant expiresAt,
            java.util.List<String> scopes) {}

    record ApiKeyResponse(
            String id,
            String userId,
            String username,
            String name,
            String prefix,
            ApiKey.Status status,
            Instant createdAt,
            @Nullable Instant lastUsedAt,
            @Nullable Instant expiresAt,
            @Nullable Instant revokedAt,
            java.util.List<String> scopes) {

        static ApiKeyResponse of(ApiKey k) {
            return new ApiKeyResponse(
                    k.id().toString(),
                    k.userId().toString(),
                    k.username(),
                    k.name(),
                    k.prefix(),
                    k.statusAt(Instant.now()),
                    k.createdAt(),
                    k.lastUsedAt(),
                    k.expiresAt(),
                    k.revokedAt(),
                    ApiKeyScopes.codes(k.scopes()));
        }
    }

    @PostMapping
    ResponseEntity<CreatedApiKey> create(@PathVariable String slug, @RequestBody CreateApiKeyRequest request) {
        Council council = councils.requireBySlug(slug);
        var issued = apiKeys.create(
                council.id(),
                userId(request.userId()),
                request.name() == null ? "" : request.name(),
                expiresAt(request.expiresAt()),
                ApiKeyScopes.parse(request.scopes() == null ? java.util.List.of() : request.scopes()));
        ApiKey key = issued.key();
        return ResponseEntity.created(URI.create("/api/v1/councils/" + slug + "/api-keys/" + key.id()))
                .body(new CreatedApiKey(
                        key.id().toString(),
                        issued.token(),
                        key.prefix(),
                        key.userId().toString(),
                        key.name(),
                        key.expiresAt(),
                        ApiKeyScopes.codes(key.scopes())));
    }

    @GetMapping
    Page<ApiKeyResponse> list(@PathVariable String slug, Page.Request page) {
        Council council = councils.requireBySlug(slug);
        return Page.of(
                apiKeys.ofCouncil(council.id()).stream().map(ApiKeyResponse::of).toList(), page);
    }

    @DeleteMapping("/{id}")
    ResponseEntity<Void> revoke(@PathVariable String slug, @PathVariable UUID id) {
        apiKeys.revoke(councils.requireBySlug(slug).id(), id);
        return ResponseEntity.noContent().build();
    }

    private static @Nullable Instant expiresAt(@Nullable String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return OffsetDateTime.parse(value.strip()).toInstant();
        } catch (DateTimeParseException notATime) {
            try {
                return LocalDate.parse(value.strip())
                        .plusDays(1)
                        .atStartOfDay(VnTime.ZONE)
                        .toInstant();
            } catch (DateTimeParseException notADate) {
                throw InvalidInputException.of("expiresAt", "validation.dateTime");
            }
        }
    }

    private static @Nullable UserId userId(@Nullable String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return new UserId(UUID.fromString(value.strip()));
        } catch (IllegalArgumentException e) {
            throw InvalidInputException.of("userId", "validation.apiKey.owner");
        }
    }
}
