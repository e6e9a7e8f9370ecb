package vn.hdndso.webhooks;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A change of a subscription; a null field keeps what it was.
 *
 * @param active false pauses the subscription, true resumes it
 * @param secret a new secret (the old one is forgotten)
 */
public record SubscriptionChange(
        @Nullable String url,
        @Nullable List<String> events,
        @Nullable String secret,
        @Nullable Boolean active) {}
