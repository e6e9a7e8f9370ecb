package vn.hdndso.webhooks.internal;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import vn.hdndso.webhooks.TargetPolicy;

/** The webhooks' target policy and resolver, from {@code hdnd.webhooks.*}. */
@Configuration
@EnableScheduling
class WebhooksConfiguration {

    @Bean
    TargetPolicy webhookTargetPolicy(WebhooksProperties properties) {
        return properties.targetPolicy();
    }

    @Bean
    TargetPolicy.Resolver webhookResolver() {
        return TargetPolicy.DNS;
    }
}
