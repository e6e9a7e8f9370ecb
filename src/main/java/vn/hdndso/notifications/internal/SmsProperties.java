package vn.hdndso.notifications.internal;

import java.net.URI;
import java.time.Duration;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The HTTP brand-name SMS gateway ({@code hdnd.notifications.sms.*}); the SMS channel is on only
 * when {@code url} is set. See docs/notifications-sms-zalo.md.
 *
 * @param url where messages are POSTed
 * @param apiKey sent as {@code Authorization: Bearer <key>} when set
 * @param username with {@code password}: HTTP Basic instead of the key
 * @param brandname the registered sender name (tên thương hiệu), for example "HDND-XA"
 * @param unaccented whether the provider takes only unaccented text (default true, as most brand-name
 *     contracts in Viet Nam are priced and approved for unaccented text)
 * @param maxParts the most parts one message may take; a longer text is shortened (default 5)
 * @param timeout connect and answer timeout (default 10 s)
 */
@ConfigurationProperties("hdnd.notifications.sms")
record SmsProperties(
        @Nullable URI url,
        @Nullable String apiKey,
        @Nullable String username,
        @Nullable String password,
        @Nullable String brandname,
        @Nullable Boolean unaccented,
        @Nullable Integer maxParts,
        @Nullable Duration timeout) {

    String sender() {
        return brandname == null ? "" : brandname.strip();
    }

    boolean unaccentedText() {
        return unaccented == null || unaccented;
    }

    int partsLimit() {
        return maxParts == null || maxParts <= 0 ? 5 : maxParts;
    }

    Duration answerTimeout() {
        return timeout == null ? Duration.ofSeconds(10) : timeout;
    }
}
