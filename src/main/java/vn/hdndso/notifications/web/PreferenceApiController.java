package vn.hdndso.notifications.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.EnumSet;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.hdndso.identity.CurrentUser;
import vn.hdndso.notifications.Channel;
import vn.hdndso.notifications.NotificationPreferences;
import vn.hdndso.notifications.Preference;

/** The caller's own notification preferences. */
@RestController
@RequestMapping("/api/v1/account/notification-preferences")
@Tag(
        name = "Thông báo",
        description = "Tin nhắn gửi thay mặt HĐND: trạng thái, số lần thử, gửi lại (docs/notifications.md)")
class PreferenceApiController {

    private final NotificationPreferences preferences;

    PreferenceApiController(NotificationPreferences preferences) {
        this.preferences = preferences;
    }

    /** The body of a change: missing fields keep the defaults (Vietnamese, every channel, not opted out). */
    record PreferenceRequest(
            @Nullable String language,
            @Nullable List<Channel> channels,
            @Nullable Boolean optedOut) {}

    @Operation(summary = "Cách tài khoản đang đăng nhập nhận thông báo: kênh, ngôn ngữ, từ chối nhận")
    @GetMapping
    @PreAuthorize("isAuthenticated()")
    Preference mine() {
        return preferences.of(me());
    }

    @Operation(
            summary = "Đổi cách nhận thông báo của chính mình",
            description =
                    "language: vi hoặc en (khác: 400); channels: EMAIL, SMS, ZALO, WEB_PUSH; optedOut: không nhận gì.")
    @PutMapping
    @PreAuthorize("isAuthenticated()")
    Preference change(@RequestBody(required = false) @Nullable PreferenceRequest body) {
        PreferenceRequest request = body == null ? new PreferenceRequest(null, null, null) : body;
        List<Channel> channels = request.channels();
        Preference preference = new Preference(
                request.language() == null ? "vi" : request.language(),
                channels == null
                        ? EnumSet.allOf(Channel.class)
                        : EnumSet.copyOf(channels.isEmpty() ? EnumSet.noneOf(Channel.class) : channels),
                Boolean.TRUE.equals(request.optedOut()));
        return preferences.save(me(), preference);
    }

    private static CurrentUser me() {
        return CurrentUser.get()
                .orElseThrow(() -> new org.springframework.security.access.AccessDeniedException("signed out"));
    }
}
