package vn.hdndso.notifications.web;

import io.swagger.v3.oas.annotations.Operation;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.hdndso.identity.CurrentUser;
import vn.hdndso.notifications.PushSubscriptions;

/**
 * The signed-in person's web push subscriptions, for the pages' script (JSON, in the session, with
 * the CSRF token in {@code X-CSRF-TOKEN} like the other workspace scripts): the VAPID public key to
 * subscribe with, register this browser, list and remove one's own.
 */
@RestController
@RequestMapping("/app/push")
@PreAuthorize("isAuthenticated()")
class PushSubscriptionController {

    private final PushSubscriptions subscriptions;

    PushSubscriptionController(PushSubscriptions subscriptions) {
        this.subscriptions = subscriptions;
    }

    /** A subscription as the browser's {@code PushSubscription.toJSON()} gives it. */
    record SubscribeRequest(
            @Nullable String endpoint, @Nullable Keys keys) {
        record Keys(@Nullable String p256dh, @Nullable String auth) {}
    }

    record SubscriptionResponse(UUID id, String endpoint, Instant created) {
        static SubscriptionResponse of(PushSubscriptions.Subscription s) {
            return new SubscriptionResponse(s.id(), s.endpoint(), s.created());
        }
    }

    @GetMapping("/public-key")
    @Operation(summary = "Khoá công khai VAPID để trình duyệt đăng ký nhận thông báo đẩy")
    Map<String, String> publicKey() {
        return Map.of("publicKey", subscriptions.vapidPublicKey());
    }

    @GetMapping("/subscriptions")
    @Operation(summary = "Các trình duyệt của tôi đã đăng ký nhận thông báo đẩy")
    List<SubscriptionResponse> mine() {
        return subscriptions.mine(me()).stream().map(SubscriptionResponse::of).toList();
    }

    @PostMapping("/subscriptions")
    @Operation(summary = "Đăng ký trình duyệt này nhận thông báo đẩy")
    ResponseEntity<SubscriptionResponse> subscribe(@RequestBody SubscribeRequest request) {
        var keys = request.keys();
        var created = subscriptions.subscribe(
                me(),
                text(request.endpoint()),
                keys == null ? "" : text(keys.p256dh()),
                keys == null ? "" : text(keys.auth()));
        return ResponseEntity.status(HttpStatus.CREATED).body(SubscriptionResponse.of(created));
    }

    @DeleteMapping("/subscriptions/{id}")
    @Operation(summary = "Huỷ một đăng ký nhận thông báo đẩy của tôi")
    ResponseEntity<Void> remove(@PathVariable UUID id) {
        subscriptions.remove(me(), id);
        return ResponseEntity.noContent().build();
    }

    private static String text(@Nullable String value) {
        return value == null ? "" : value;
    }

    private static CurrentUser me() {
        return CurrentUser.get().orElseThrow();
    }
}
