package vn.hdndso.notifications.internal;

import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import vn.hdndso.councils.Council;
import vn.hdndso.councils.Councils;

/**
 * Keeps each council's OA access token renewed before it expires (every {@code
 * hdnd.notifications.zalo.renew-every}, PT15M by default): asking for the current token renews one
 * within {@code renew-before} of its expiry. Safe on several instances (the renewal's lock).
 */
final class ZaloTokenRenewalJob {

    private static final Logger log = LoggerFactory.getLogger(ZaloTokenRenewalJob.class);

    private final ZaloProperties properties;
    private final RenewingZaloTokens tokens;
    private final Councils councils;

    ZaloTokenRenewalJob(ZaloProperties properties, RenewingZaloTokens tokens, Councils councils) {
        this.properties = properties;
        this.tokens = tokens;
        this.councils = councils;
    }

    @Scheduled(
            fixedDelayString = "${hdnd.notifications.zalo.renew-every:PT15M}",
            initialDelayString = "${hdnd.notifications.zalo.renew-every:PT15M}")
    void renewDue() {
        Map<String, ZaloProperties.App> apps = properties.apps();
        if (apps == null) {
            return;
        }
        for (String slug : apps.keySet()) {
            if (properties.app(slug) == null) {
                continue;
            }
            Council council = councils.findBySlug(slug).orElse(null);
            if (council == null) {
                log.warn("hdnd.notifications.zalo.apps names {}, which is no council", slug);
                continue;
            }
            if (tokens.current(council.id()) instanceof ZaloAccessTokens.Answer.Missing missing) {
                log.warn("Zalo OA token of {} not renewed: {}", slug, missing.reason());
            }
        }
    }
}
