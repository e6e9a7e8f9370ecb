package vn.hdndso.identity.internal;

import java.time.Clock;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.hdndso.shared.database.PostgresChannels;

/** The instance's {@link VerifiedKeys}, following the key changes of every instance. */
@Configuration(proxyBeanMethods = false)
class VerifiedKeysConfiguration {

    /** {@code hdnd.identity.api-keys.cache-max-age}: how long a verified key is kept (10 min; 0 keeps none). */
    @Bean
    VerifiedKeys verifiedKeys(
            PostgresChannels channels,
            @Value("${hdnd.identity.api-keys.cache-max-age:10m}") Duration maxAge,
            Clock clock) {
        return new VerifiedKeys(maxAge, clock, channels::connected).listenTo(channels);
    }
}
