package vn.hdndso.webhooks.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.hdndso.councils.Council;
import vn.hdndso.councils.Councils;
import vn.hdndso.shared.web.Page;
import vn.hdndso.webhooks.NewSubscription;
import vn.hdndso.webhooks.Subscription;
import vn.hdndso.webhooks.SubscriptionChange;
import vn.hdndso.webhooks.Webhooks;
import vn.hdndso.webhooks.web.WebhookViews.ChangeRequest;
import vn.hdndso.webhooks.web.WebhookViews.DeliveryView;
import vn.hdndso.webhooks.web.WebhookViews.SubscriptionRequest;
import vn.hdndso.webhooks.web.WebhookViews.SubscriptionView;

/**
 * A council's webhook subscriptions and their delivery log: the council's administrator (and the
 * city administrator) only, for managing and for reading (the URLs are another system's
 * configuration; the deliveries carry public data only). The secret is never shown back.
 */
@RestController
@RequestMapping("/api/v1/councils/{slug}/webhooks")
@PreAuthorize(WebhookApiController.ADMIN)
@Tag(
        name = "Webhooks",
        description = "Đăng ký nhận sự kiện của HĐND bằng webhook có chữ ký HMAC-SHA256 (docs/webhooks.md)")
class WebhookApiController {

    static final String ADMIN = "@councilAccess.has('COUNCIL_ADMIN')";

    private final Councils councils;
    private final Webhooks webhooks;

    WebhookApiController(Councils councils, Webhooks webhooks) {
        this.councils = councils;
        this.webhooks = webhooks;
    }

    @Operation(
            summary = "Đăng ký webhook",
            description = "{\"url\" (http/https, không trỏ vào mạng nội bộ),\"events\":[\"DocumentIssued\","
                    + "\"DocumentRecalled\",\"PetitionIssueTransferred\",\"PetitionIssueAnswered\",\"AnswerPublished\","
                    + "\"SessionConvened\",\"ResolutionIssued\"],\"secret\" (16–200 ký tự),\"apiKeyId\" (tùy chọn)}"
                    + " → 201 {\"id\",…}; khóa bí mật không bao giờ được trả lại.")
    @PostMapping
    ResponseEntity<SubscriptionView> subscribe(
            @PathVariable String slug, @RequestBody(required = false) @Nullable SubscriptionRequest body) {
        Council council = councils.requireBySlug(slug);
        SubscriptionRequest r = body == null ? new SubscriptionRequest(null, null, null, null) : body;
        Subscription created =
                webhooks.subscribe(council.id(), new NewSubscription(r.url(), r.events(), r.secret(), r.apiKeyId()));
        return ResponseEntity.created(URI.create("/api/v1/councils/" + slug + "/webhooks/" + created.id()))
                .body(SubscriptionView.of(created));
    }

    @Operation(summary = "Các webhook của HĐND")
    @GetMapping
    Page<SubscriptionView> list(@PathVariable String slug, Page.Request page) {
        Council council = councils.requireBySlug(slug);
        return Page.of(
                webhooks.list(council.id()).stream().map(SubscriptionView::of).toList(), page);
    }

    @Operation(summary = "Một webhook")
    @GetMapping("/{id}")
    SubscriptionView one(@PathVariable String slug, @PathVariable UUID id) {
        return SubscriptionView.of(webhooks.require(councils.requireBySlug(slug).id(), id));
    }

    @Operation(
            summary = "Sửa webhook, tạm dừng (active=false) hoặc chạy lại (active=true)",
            description = "{\"url\",\"events\",\"secret\",\"active\"}: trường bỏ trống giữ nguyên")
    @PatchMapping("/{id}")
    SubscriptionView change(
            @PathVariable String slug,
            @PathVariable UUID id,
            @RequestBody(required = false) @Nullable ChangeRequest body) {
        ChangeRequest r = body == null ? new ChangeRequest(null, null, null, null) : body;
        return SubscriptionView.of(webhooks.change(
                councils.requireBySlug(slug).id(),
                id,
                new SubscriptionChange(r.url(), r.events(), r.secret(), r.active())));
    }

    @Operation(summary = "Xóa webhook cùng nhật ký gửi")
    @DeleteMapping("/{id}")
    ResponseEntity<Void> delete(@PathVariable String slug, @PathVariable UUID id) {
        webhooks.delete(councils.requireBySlug(slug).id(), id);
        return ResponseEntity.noContent().build();
    }

    @Operation(
            summary = "Nhật ký gửi của webhook",
            description = "Mới nhất trước; mỗi lần gửi có mã trạng thái, thời gian, lỗi và lần thử kế tiếp")
    @GetMapping("/{id}/deliveries")
    Page<DeliveryView> deliveries(@PathVariable String slug, @PathVariable UUID id, Page.Request page) {
        Page<vn.hdndso.webhooks.Delivery> found =
                webhooks.deliveries(councils.requireBySlug(slug).id(), id, page);
        return new Page<>(
                found.items().stream().map(DeliveryView::of).toList(), found.page(), found.size(), found.total());
    }

    @Operation(
            summary = "Gửi lại một lần gửi",
            description = "Cùng id và nội dung; được gửi ngay khi có lượt, với một vòng thử lại mới → 202")
    @PostMapping("/{id}/deliveries/{deliveryId}/replay")
    ResponseEntity<DeliveryView> replay(
            @PathVariable String slug, @PathVariable UUID id, @PathVariable UUID deliveryId) {
        return ResponseEntity.status(HttpStatus.ACCEPTED)
                .body(DeliveryView.of(
                        webhooks.replay(councils.requireBySlug(slug).id(), id, deliveryId)));
    }
}
