package vn.hdndso.webhooks;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import vn.hdndso.shared.InvalidInputException;

/**
 * A subscription as asked for: where to send, which events, the shared secret and optionally the
 * API key of the system it belongs to. {@link #check} reports every wrong field together.
 *
 * @param url the receiver, an absolute http(s) URL (see {@link TargetPolicy})
 * @param events event names as the contract writes them ({@code DocumentIssued}, …)
 * @param secret the key of the HMAC signature, {@value #MIN_SECRET}–{@value #MAX_SECRET} characters
 * @param apiKeyId the council's API key the subscription belongs to: it stops when the key does
 */
public record NewSubscription(
        @Nullable String url,
        @Nullable List<String> events,
        @Nullable String secret,
        @Nullable UUID apiKeyId) {

    public static final int MIN_SECRET = 16;
    public static final int MAX_SECRET = 200;

    /** A subscription whose fields were checked. */
    public record Checked(
            String url,
            Set<WebhookEvent> events,
            String secret,
            @Nullable UUID apiKeyId) {}

    /** Checks every field; throws the problems together, each naming its field. */
    public Checked check(TargetPolicy policy, TargetPolicy.Resolver resolver) {
        return check(policy, resolver, new InvalidInputException.Collector());
    }

    /** The same, adding to problems found elsewhere (another field the caller checked). */
    public Checked check(
            TargetPolicy policy, TargetPolicy.Resolver resolver, InvalidInputException.Collector problems) {
        Optional<String> refusal = policy.refusal(url, resolver);
        refusal.ifPresent(key -> problems.add("url", key));
        Set<WebhookEvent> chosen = parseEvents(events, problems);
        String s = secret == null ? "" : secret;
        if (s.isBlank()) {
            problems.add("secret", "webhooks.secret.required");
        } else if (s.length() < MIN_SECRET || s.length() > MAX_SECRET) {
            problems.add("secret", "webhooks.secret.length", MIN_SECRET, MAX_SECRET);
        }
        problems.throwIfAny();
        return new Checked(java.util.Objects.requireNonNull(url).strip(), chosen, s, apiKeyId);
    }

    /** The events of a list of names; an empty list, an unknown or a repeated name is a problem of {@code events}. */
    public static Set<WebhookEvent> parseEvents(
            @Nullable List<String> names, InvalidInputException.Collector problems) {
        Set<WebhookEvent> chosen = EnumSet.noneOf(WebhookEvent.class);
        if (names == null || names.isEmpty()) {
            problems.add("events", "webhooks.events.required");
            return chosen;
        }
        List<String> unknown = new ArrayList<>();
        for (String name : names) {
            Optional<WebhookEvent> event = WebhookEvent.ofWireName(name == null ? "" : name.strip());
            event.ifPresentOrElse(chosen::add, () -> unknown.add(String.valueOf(name)));
        }
        if (!unknown.isEmpty()) {
            problems.add("events", "webhooks.events.unknown", String.join(", ", unknown));
        }
        return chosen;
    }
}
