package vn.hdndso.notifications.internal;

import java.time.Clock;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.support.TransactionTemplate;
import vn.hdndso.councils.Councils;
import vn.hdndso.notifications.ChannelAdapter;

/**
 * The Zalo Official Account channel, on when {@code hdnd.notifications.zalo.enabled=true}: the
 * adapter, the access tokens that renew themselves and the job that renews them before they expire.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(prefix = "hdnd.notifications.zalo", name = "enabled", havingValue = "true")
class ZaloConfiguration {

    @Bean
    RenewingZaloTokens zaloAccessTokens(
            ZaloProperties properties,
            Councils councils,
            ZaloTokenStore store,
            TransactionTemplate transactions,
            MessageSource messages,
            Clock clock) {
        return new RenewingZaloTokens(
                properties,
                id -> councils.require(id).slug(),
                store,
                new ZaloOAuthClient(properties),
                transactions,
                messages,
                clock);
    }

    @Bean
    ChannelAdapter zaloOaAdapter(ZaloProperties properties, RenewingZaloTokens tokens, MessageSource messages) {
        return new ZaloOaAdapter(properties, tokens, messages);
    }

    @Bean
    ZaloTokenRenewalJob zaloTokenRenewalJob(ZaloProperties properties, RenewingZaloTokens tokens, Councils councils) {
        return new ZaloTokenRenewalJob(properties, tokens, councils);
    }
}
