package vn.hdndso.notifications.internal;

import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.hdndso.notifications.ChannelAdapter;

/** The SMS channel, on when {@code hdnd.notifications.sms.url} is set. */
@Configuration(proxyBeanMethods = false)
class SmsConfiguration {

    @Bean
    @ConditionalOnExpression("!'${hdnd.notifications.sms.url:}'.isBlank()")
    ChannelAdapter smsGatewayAdapter(SmsProperties properties, MessageSource messages) {
        return new SmsGatewayAdapter(properties, messages);
    }
}
