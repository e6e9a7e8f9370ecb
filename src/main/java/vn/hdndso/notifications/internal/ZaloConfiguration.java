package vn.hdndso.notifications.internal;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.hdndso.councils.Councils;
import vn.hdndso.notifications.ChannelAdapter;

/** The Zalo Official Account channel, on when {@code hdnd.notifications.zalo.enabled=true}. */
@Configuration(proxyBeanMethods = false)
class ZaloConfiguration {

    @Bean
    @ConditionalOnProperty(prefix = "hdnd.notifications.zalo", name = "enabled", havingValue = "true")
    ChannelAdapter zaloOaAdapter(ZaloProperties properties, Councils councils, MessageSource messages) {
        return new ZaloOaAdapter(properties, id -> councils.require(id).slug(), messages);
    }
}
