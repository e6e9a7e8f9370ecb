package vn.hdndso.notifications.internal;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.springframework.stereotype.Service;
import vn.hdndso.identity.CurrentUser;
import vn.hdndso.notifications.PushSubscriptions;
import vn.hdndso.shared.InvalidInputException;
import vn.hdndso.shared.NotFoundException;
import vn.hdndso.shared.tenancy.TenantScope;

/** The signed-in person's push subscriptions, kept in their own council and readable by them alone. */
@Service
class PushSubscriptionRegistry implements PushSubscriptions {

    private final PushSubscriptionRepository repository;
    private final WebPushVapid vapid;
    private final PushProperties properties;

    PushSubscriptionRegistry(PushSubscriptionRepository repository, WebPushVapid vapid, PushProperties properties) {
        this.repository = repository;
        this.vapid = vapid;
        this.properties = properties;
    }

    @Override
    public Subscription subscribe(CurrentUser me, String endpoint, String p256dh, String auth) {
        var problems = new InvalidInputException.Collector();
        if (!acceptable(endpoint)) {
            problems.add("endpoint", "push.endpoint.invalid");
        }
        if (!publicKey(p256dh)) {
            problems.add("p256dh", "push.p256dh.invalid");
        }
        if (!secret(auth)) {
            problems.add("auth", "push.auth.invalid");
        }
        problems.throwIfAny();
        UUID account = me.id().value();
        var stored = repository.asAccount(
                scope(me),
                account,
                () -> repository.save(me.council(), account, endpoint.strip(), p256dh.strip(), auth.strip()));
        return view(stored);
    }

    @Override
    public List<Subscription> mine(CurrentUser me) {
        UUID account = me.id().value();
        return repository.asAccount(scope(me), account, () -> repository.ofAccount(account)).stream()
                .map(PushSubscriptionRegistry::view)
                .toList();
    }

    @Override
    public void remove(CurrentUser me, UUID id) {
        UUID account = me.id().value();
        if (!repository.asAccount(scope(me), account, () -> repository.remove(account, id))) {
            throw new NotFoundException("push.subscription.notFound", id);
        }
    }

    @Override
    public String vapidPublicKey() {
        return vapid.publicKey();
    }

    private boolean acceptable(String endpoint) {
        if (endpoint.isBlank() || endpoint.length() > 2000) {
            return false;
        }
        try {
            URI uri = URI.create(endpoint.strip());
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            boolean secure = "https".equals(scheme) || (properties.allowHttpEndpoints() && "http".equals(scheme));
            return secure && uri.getHost() != null && uri.getRawUserInfo() == null && reachable(uri.getHost());
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /**
     * A push service is on the public internet: the same address check as webhooks and revocation
     * fetching ({@code shared.NetworkAddresses}), so a subscription cannot make the server post into
     * its own network. Plain-http test set-ups ({@code allow-http-endpoints}) may use local servers.
     */
    private boolean reachable(String host) {
        if (properties.allowHttpEndpoints()) {
            return true;
        }
        try {
            vn.hdndso.shared.PinnedAddresses.publicOnly().resolve(host);
            return true;
        } catch (java.net.UnknownHostException e) {
            return false;
        }
    }

    private static boolean publicKey(String p256dh) {
        try {
            WebPushKeys.publicKey(WebPushKeys.decode(p256dh));
            return p256dh.length() <= 200;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static boolean secret(String auth) {
        try {
            return WebPushKeys.decode(auth).length == 16;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static TenantScope scope(CurrentUser me) {
        return TenantScope.staffOf(me.council());
    }

    private static Subscription view(PushSubscriptionRepository.Stored stored) {
        return new Subscription(stored.id(), stored.endpoint(), stored.created());
    }
}
