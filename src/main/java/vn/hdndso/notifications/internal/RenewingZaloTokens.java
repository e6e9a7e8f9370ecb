package vn.hdndso.notifications.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.transaction.support.TransactionTemplate;
import vn.hdndso.shared.CouncilId;
import vn.hdndso.shared.tenancy.Tenancy;
import vn.hdndso.shared.tenancy.TenantScope;

/**
 * OA access tokens that renew themselves: a council with a Zalo app ({@code apps.<slug>}) keeps its
 * tokens in {@code zalo_oa_token}, sealed; a token within {@code renew-before} of its expiry, or one
 * Zalo refused as invalid or expired, is renewed with the stored refresh token (the configured one the
 * first time, and again whenever the operator configures a different one). Renewal holds a
 * per-council database lock across the call to Zalo, so two instances never spend the same
 * single-use refresh token; the second finds the first one's token and uses it. A council without an
 * app uses the fixed token of the configuration. Tokens are never logged.
 */
final class RenewingZaloTokens implements ZaloAccessTokens {

    private static final Logger log = LoggerFactory.getLogger(RenewingZaloTokens.class);
    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

    private final ZaloProperties properties;
    private final Function<CouncilId, String> slugs;
    private final ZaloTokenStore store;
    private final ZaloOAuthClient oauth;
    private final TransactionTemplate transactions;
    private final MessageSource messages;
    private final Clock clock;
    private final FixedZaloTokens fixed;

    RenewingZaloTokens(
            ZaloProperties properties,
            Function<CouncilId, String> slugs,
            ZaloTokenStore store,
            ZaloOAuthClient oauth,
            TransactionTemplate transactions,
            MessageSource messages,
            Clock clock) {
        this.properties = properties;
        this.slugs = slugs;
        this.store = store;
        this.oauth = oauth;
        this.transactions = transactions;
        this.messages = messages;
        this.clock = clock;
        this.fixed = new FixedZaloTokens(properties, slugs, messages);
    }

    @Override
    public Answer current(CouncilId council) {
        String slug = slugs.apply(council);
        ZaloProperties.App app = properties.app(slug);
        if (app == null) {
            return fixed.current(council);
        }
        String seed = seed(app);
        ZaloTokenStore.Stored stored = inScope(
                        () -> Objects.requireNonNull(transactions.execute(status -> store.find(council))))
                .orElse(null);
        if (stored != null && stored.seed().equals(seed) && fresh(stored)) {
            return new Answer.Token(stored.accessToken());
        }
        return renew(council, slug, app, null);
    }

    @Override
    public @Nullable Answer renewedAfter(CouncilId council, String rejected) {
        String slug = slugs.apply(council);
        ZaloProperties.App app = properties.app(slug);
        return app == null ? null : renew(council, slug, app, rejected);
    }

    /** Renews the council's token unless another renewal already replaced it (or {@code rejected}). */
    Answer renew(CouncilId council, String slug, ZaloProperties.App app, @Nullable String rejected) {
        String seed = seed(app);
        return inScope(() -> Objects.requireNonNull(transactions.execute(status -> {
            store.lock(council);
            ZaloTokenStore.Stored stored = store.find(council).orElse(null);
            if (stored != null && !stored.seed().equals(seed)) {
                stored = null; // the operator configured another refresh token: start from it
            }
            if (stored != null && !stored.accessToken().equals(rejected) && fresh(stored)) {
                return new Answer.Token(stored.accessToken());
            }
            String refreshToken = stored != null ? stored.refreshToken() : Objects.requireNonNull(app.refreshToken());
            return switch (oauth.renew(app, refreshToken)) {
                case ZaloOAuthClient.Renewal.Renewed renewed -> {
                    Instant now = Instant.now(clock);
                    Instant expires = now.plus(renewed.validFor());
                    store.save(
                            council,
                            new ZaloTokenStore.Stored(renewed.accessToken(), renewed.refreshToken(), expires, seed),
                            now);
                    log.info("Zalo OA access token of {} renewed, valid until {}", slug, expires);
                    yield new Answer.Token(renewed.accessToken());
                }
                case ZaloOAuthClient.Renewal.Refused refused -> {
                    log.warn("Zalo refused to renew the OA access token of {}: {}", slug, refused.error());
                    yield new Answer.Missing(reason("channel.zalo.tokenRefused", refused.error(), slug), true);
                }
                case ZaloOAuthClient.Renewal.Unreachable unreachable -> {
                    log.warn("Zalo's token server unreachable for {}: {}", slug, unreachable.cause());
                    yield new Answer.Missing(reason("channel.zalo.tokenUnreachable", unreachable.cause()), true);
                }
            };
        })));
    }

    private boolean fresh(ZaloTokenStore.Stored stored) {
        return stored.expiresAt().isAfter(Instant.now(clock).plus(properties.renewal()));
    }

    /** A fingerprint of the configured refresh token: a new one configured starts a new chain. */
    static String seed(ZaloProperties.App app) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256")
                    .digest(Objects.requireNonNull(app.refreshToken()).strip().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash).substring(0, 32);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }

    private static <T> T inScope(java.util.function.Supplier<T> work) {
        return Tenancy.call(TenantScope.allCouncils("Zalo OA access token"), work);
    }

    private String reason(String key, Object... arguments) {
        return messages.getMessage(key, arguments, VIETNAMESE);
    }
}
