package vn.hdndso.notifications.internal;

import jakarta.annotation.PreDestroy;
import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;
import vn.hdndso.notifications.Channel;
import vn.hdndso.notifications.ChannelAdapter;
import vn.hdndso.notifications.Delivery;
import vn.hdndso.notifications.DeliveryOutcome;
import vn.hdndso.shared.PinnedAddresses;
import vn.hdndso.shared.tenancy.TenantScope;

/**
 * Web push (RFC 8030) to every browser an account subscribed: the message as a small JSON
 * ({@code title}, {@code body}, {@code link}, {@code id}) encrypted for each browser (RFC 8291) and
 * signed for the push service (VAPID, RFC 8292). A push service that no longer knows a
 * subscription (404, 410) gets it removed; one that is busy or down (429, 5xx, no answer) makes
 * the delivery wait for a retry. The address of a {@link Channel#WEB_PUSH} delivery is the account id.
 */
@Component
@ConditionalOnProperty(name = "hdnd.notifications.push.enabled", havingValue = "true", matchIfMissing = true)
class WebPushAdapter implements ChannelAdapter {

    private static final Logger log = LoggerFactory.getLogger(WebPushAdapter.class);

    private final PushSubscriptionRepository subscriptions;
    private final WebPushVapid vapid;
    private final PushProperties properties;
    private final PushSender sender;

    WebPushAdapter(PushSubscriptionRepository subscriptions, WebPushVapid vapid, PushProperties properties) {
        this.subscriptions = subscriptions;
        this.vapid = vapid;
        this.properties = properties;
        this.sender = PushSender.of(properties);
    }

    @PreDestroy
    void close() throws IOException {
        sender.close();
    }

    @Override
    public Channel channel() {
        return Channel.WEB_PUSH;
    }

    @Override
    public DeliveryOutcome deliver(Delivery delivery) {
        UUID account;
        try {
            account = UUID.fromString(delivery.address().strip());
        } catch (IllegalArgumentException e) {
            return new DeliveryOutcome.Failed(
                    "Địa chỉ nhận thông báo đẩy không phải mã tài khoản: " + delivery.address());
        }
        List<PushSubscriptionRepository.Stored> targets;
        try {
            targets = subscriptions.asAccount(scope(), account, () -> subscriptions.ofAccount(account));
        } catch (RuntimeException e) {
            log.warn("cannot read the push subscriptions of {}", account, e);
            return new DeliveryOutcome.RetryLater("Không đọc được các đăng ký nhận thông báo: " + e.getMessage());
        }
        if (targets.isEmpty()) {
            return new DeliveryOutcome.Failed("Tài khoản chưa cho phép trình duyệt nào nhận thông báo đẩy.");
        }
        byte[] payload = WebPushPayload.of(delivery);
        List<String> delivered = new ArrayList<>();
        List<String> retry = new ArrayList<>();
        List<String> failed = new ArrayList<>();
        for (var target : targets) {
            switch (send(delivery, target, payload)) {
                case DeliveryOutcome.Delivered d -> delivered.add(d.reference());
                case DeliveryOutcome.RetryLater r -> retry.add(r.reason());
                case DeliveryOutcome.Failed f -> failed.add(f.reason());
            }
        }
        if (!delivered.isEmpty()) {
            return new DeliveryOutcome.Delivered(String.join(" ", delivered).strip());
        }
        if (!retry.isEmpty()) {
            return new DeliveryOutcome.RetryLater(String.join("; ", retry));
        }
        return new DeliveryOutcome.Failed(String.join("; ", failed));
    }

    private DeliveryOutcome send(Delivery delivery, PushSubscriptionRepository.Stored target, byte[] payload) {
        URI endpoint;
        byte[] body;
        try {
            endpoint = URI.create(target.endpoint());
            body = WebPushEncryption.encrypt(
                    payload,
                    WebPushKeys.publicKey(WebPushKeys.decode(target.p256dh())),
                    WebPushKeys.decode(target.auth()));
        } catch (IllegalArgumentException e) {
            remove(target);
            return new DeliveryOutcome.Failed("Đăng ký nhận thông báo không hợp lệ, đã xoá: " + e.getMessage());
        }
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("TTL", Long.toString(properties.messageTtl().toSeconds()));
        headers.put("Content-Encoding", "aes128gcm");
        headers.put("Urgency", "normal");
        headers.put("Topic", delivery.messageId().toString().replace("-", ""));
        headers.put("Authorization", vapid.authorization(endpoint));
        String host = endpoint.getHost();
        try {
            PushSender.Answer response = sender.post(endpoint, headers, body);
            int status = response.status();
            if (status >= 200 && status < 300) {
                return new DeliveryOutcome.Delivered(response.location());
            }
            if (status == 404 || status == 410) {
                remove(target);
                return new DeliveryOutcome.Failed("Trình duyệt đã huỷ đăng ký nhận thông báo (" + host + " trả lời "
                        + status + "), đã xoá đăng ký.");
            }
            if (status == 429 || status >= 500) {
                return new DeliveryOutcome.RetryLater(
                        "Dịch vụ thông báo đẩy " + host + " tạm thời không nhận (HTTP " + status + ").");
            }
            return new DeliveryOutcome.Failed(
                    "Dịch vụ thông báo đẩy " + host + " từ chối (HTTP " + status + "): " + abbreviate(response.body()));
        } catch (PinnedAddresses.NonPublicAddressException e) {
            return new DeliveryOutcome.Failed("Địa chỉ dịch vụ thông báo đẩy " + host
                    + " trỏ vào mạng nội bộ; không gửi (" + e.getMessage() + ").");
        } catch (IOException e) {
            return new DeliveryOutcome.RetryLater(
                    "Không kết nối được dịch vụ thông báo đẩy " + host + ": " + e.getMessage());
        }
    }

    private void remove(PushSubscriptionRepository.Stored target) {
        try {
            subscriptions.asAccount(
                    scope(), target.accountId(), () -> subscriptions.remove(target.accountId(), target.id()));
        } catch (RuntimeException e) {
            log.warn("cannot remove the push subscription {}", target.id(), e);
        }
    }

    private static TenantScope scope() {
        return TenantScope.allCouncils("web push to one account's own browsers");
    }

    private static String abbreviate(String text) {
        return text.length() > 200 ? text.substring(0, 200) + "…" : text;
    }
}
