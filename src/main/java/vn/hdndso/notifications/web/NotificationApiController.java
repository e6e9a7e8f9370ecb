package vn.hdndso.notifications.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.hdndso.councils.Councils;
import vn.hdndso.notifications.SentMessage;
import vn.hdndso.notifications.SentMessages;
import vn.hdndso.shared.web.Page;

/** The council's outbox for its office: what was sent to whom, through which channel, with what result. */
@RestController
@RequestMapping("/api/v1/councils/{slug}/notifications")
@Tag(
        name = "Thông báo",
        description = "Tin nhắn gửi thay mặt HĐND: trạng thái, số lần thử, gửi lại (docs/notifications.md)")
class NotificationApiController {

    static final String OFFICE = "@councilAccess.has('COUNCIL_ADMIN','CLERK')";

    private final Councils councils;
    private final SentMessages messages;

    NotificationApiController(Councils councils, SentMessages messages) {
        this.councils = councils;
        this.messages = messages;
    }

    @Operation(
            summary = "Tin nhắn đã xếp hàng và đã gửi của Hội đồng, mới nhất trước",
            description = "Địa chỉ người nhận được che bớt. Lọc theo trạng thái QUEUED, SENDING, SENT, RETRY, FAILED;"
                    + " trạng thái không có: 400.")
    @GetMapping
    @PreAuthorize(OFFICE)
    Page<SentMessage> list(
            @PathVariable String slug,
            @Parameter(description = "QUEUED, SENDING, SENT, RETRY hoặc FAILED")
                    @RequestParam(required = false)
                    @Nullable
                    String state,
            @RequestParam(required = false) @Nullable Integer page,
            @RequestParam(required = false) @Nullable Integer size) {
        return messages.list(
                councils.requireBySlug(slug).id(), MessageStates.parse(state), new Page.Request(page, size));
    }

    @Operation(
            summary = "Gửi lại một tin nhắn không gửi được",
            description = "Xếp một tin nhắn mới (cùng nội dung, cùng địa chỉ) vào hàng gửi; có ghi nhật ký. Tin chưa"
                    + " thất bại: 409.")
    @PostMapping("/{id}/resend")
    @PreAuthorize(OFFICE)
    ResponseEntity<SentMessage> resend(@PathVariable String slug, @PathVariable UUID id) {
        SentMessage copy = messages.resend(councils.requireBySlug(slug).id(), id);
        return ResponseEntity.created(URI.create("/api/v1/councils/" + slug + "/notifications?state=QUEUED"))
                .body(copy);
    }
}
