package vn.hdndso.shared.web;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * The largest request body each public endpoint accepts ({@code hdnd.web.body-limits.rules[i]}),
 * checked by {@link RequestBodyLimits} before anything reads the body.
 *
 * @param rules the limits, first match wins; a request matching none is left to the container's
 *     and the multipart settings' limits
 */
@ConfigurationProperties("hdnd.web.body-limits")
public record BodyLimitProperties(@Nullable List<Rule> rules) {

    /**
     * One limit.
     *
     * @param method the HTTP method it applies to ({@code POST} unless set)
     * @param path a Spring path pattern ({@code /{slug}/kien-nghi}, {@code /open311/**})
     * @param max the largest body accepted
     */
    public record Rule(@Nullable String method, String path, DataSize max) {}

    @Override
    public List<Rule> rules() {
        return rules == null ? List.of() : rules;
    }
}
