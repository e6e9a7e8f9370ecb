package vn.hdndso.petitions.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import vn.hdndso.petitions.SubmissionsLimited;
import vn.hdndso.petitions.ZaloInbox;
import vn.hdndso.shared.web.Problems;

/**
 * The webhook a council's Zalo Official Account calls with its followers' events. Public, but every
 * event must carry the OA's signature: without it nothing is registered, whoever calls.
 */
@RestController
class ZaloWebhookController {

    static final String SIGNATURE = "X-ZEvent-Signature";

    private final ZaloInbox inbox;
    private final Problems problems;

    ZaloWebhookController(ZaloInbox inbox, Problems problems) {
        this.inbox = inbox;
        this.problems = problems;
    }

    /** What the OA is told: registered (with the tracking code), already registered, or ignored. */
    record Received(
            String status,
            @Nullable String trackingCode,
            @Nullable String event) {}

    @PostMapping(path = "/api/v1/councils/{slug}/zalo/events", consumes = "*/*")
    @Operation(
            summary = "Sự kiện từ Zalo Official Account của Hội đồng (webhook)",
            description = "Set as the OA's webhook URL. Each event must carry X-ZEvent-Signature: mac=sha256(appId +"
                    + " body + timestamp + OA secret key) with the app id and secret key configured for the council"
                    + " (hdnd.petitions.zalo.accounts.<slug>.*); otherwise 401 and nothing is registered. A"
                    + " user_send_text event becomes a petition (channel ZALO, contact zalo:<sender id>) and the voter"
                    + " gets the tracking code back on Zalo; the same message id again registers nothing. Other"
                    + " events are acknowledged and ignored. 404 if the council has no OA configured.")
    ResponseEntity<?> receive(
            @PathVariable String slug,
            @RequestBody(required = false) @Nullable String body,
            @Parameter(description = "mac=<hex>") @RequestHeader(name = SIGNATURE, required = false) @Nullable
                    String signature) {
        ZaloInbox.Outcome outcome = inbox.receive(slug, body == null ? "" : body, signature);
        return switch (outcome) {
            case ZaloInbox.Outcome.Rejected rejected ->
                problems.response(HttpStatus.UNAUTHORIZED, "zalo-signature", "zalo.signature.invalid");
            case ZaloInbox.Outcome.Registered registered ->
                ResponseEntity.ok(new Received("REGISTERED", registered.trackingCode(), null));
            case ZaloInbox.Outcome.AlreadyRegistered already ->
                ResponseEntity.ok(new Received("ALREADY_REGISTERED", null, null));
            case ZaloInbox.Outcome.Ignored ignored -> ResponseEntity.ok(new Received("IGNORED", null, ignored.event()));
        };
    }

    /** Over the daily limit of one Zalo follower: 429 with the reason. */
    @ExceptionHandler(SubmissionsLimited.class)
    ResponseEntity<ProblemDetail> limited(SubmissionsLimited e) {
        return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
                .header("Retry-After", "3600")
                .contentType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON)
                .body(problems.problem(
                        HttpStatus.TOO_MANY_REQUESTS, "too-many-requests", e.messageKey(), e.arguments()));
    }
}
