/**
 * Webhooks for other agencies' systems: a council's administrator subscribes a URL to events
 * (document issued or recalled, petition issue transferred or answered, answer published, session
 * convened, resolution issued); each event is delivered as JSON signed with the subscription's
 * secret ({@code X-HDND-Signature}, HMAC-SHA256), retried with backoff until a 2xx answer, with a
 * delivery log and replay. Sits on top of the modules whose events it delivers; nobody uses it.
 * Docs: docs/webhooks.md.
 */
@ApplicationModule(
        displayName = "Webhooks",
        allowedDependencies = {"councils", "documents", "identity", "petitions", "sessions", "shared"})
@NullMarked
package vn.hdndso.webhooks;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
