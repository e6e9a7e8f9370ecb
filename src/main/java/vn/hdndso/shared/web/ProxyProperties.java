package vn.hdndso.shared.web;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param trusted {@code HDND_PROXIES_TRUSTED}: addresses or CIDR blocks of the reverse proxies in
 *     front of the application, whose {@code X-Forwarded-For} / {@code Forwarded} headers say who
 *     the client is (for rate limits and the audit trail). Empty (the default): such headers are
 *     ignored and the connection's address is the client.
 */
@ConfigurationProperties("hdnd.proxies")
record ProxyProperties(List<String> trusted) {

    ProxyProperties {
        trusted = trusted == null ? List.of() : List.copyOf(trusted);
    }
}
