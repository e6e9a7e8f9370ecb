package vn.hdndso.webhooks;

import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import vn.hdndso.shared.NetworkAddresses;

/**
 * Which addresses a webhook may be sent to: absolute {@code http} or {@code https} URLs whose host
 * resolves only to public addresses. Loopback, private (RFC 1918), link-local, carrier-grade NAT
 * (100.64/10), unique-local (fc00::/7), unspecified and multicast addresses are refused, so that a
 * subscription cannot make the server call into its own network, unless the installation allows
 * private targets ({@code HDND_WEBHOOKS_ALLOW_PRIVATE_TARGETS=true}, for a closed network or
 * tests). The check runs when a subscription is saved and again before every delivery (a name may
 * resolve elsewhere by then: DNS rebinding).
 *
 * @param allowPrivateTargets whether private and loopback addresses are accepted
 */
public record TargetPolicy(boolean allowPrivateTargets) {

    /** The longest URL accepted. */
    public static final int MAX_URL = 2000;

    /** Resolves a host name to its addresses (the system's DNS, or a fixed table in tests). */
    @FunctionalInterface
    public interface Resolver {
        InetAddress[] resolve(String host) throws UnknownHostException;
    }

    /** The system's resolver. */
    public static final Resolver DNS = InetAddress::getAllByName;

    /**
     * Why the URL is refused, as a message key of the webhooks bundle (its field is {@code url});
     * empty when it is acceptable.
     */
    public Optional<String> refusal(@Nullable String url, Resolver resolver) {
        if (url == null || url.isBlank()) {
            return Optional.of("webhooks.url.required");
        }
        if (url.length() > MAX_URL) {
            return Optional.of("webhooks.url.tooLong");
        }
        URI uri;
        try {
            uri = new URI(url.strip());
        } catch (URISyntaxException e) {
            return Optional.of("webhooks.url.invalid");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            return Optional.of("webhooks.url.scheme");
        }
        String host = uri.getHost();
        if (host == null || host.isBlank() || uri.getRawUserInfo() != null) {
            return Optional.of("webhooks.url.invalid");
        }
        return refusalOfHost(host, resolver);
    }

    /** Why a host is refused (the URL already parsed, at delivery time), or empty. */
    public Optional<String> refusalOfHost(String host, Resolver resolver) {
        String bare = host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
        InetAddress[] addresses;
        try {
            addresses = resolver.resolve(bare);
        } catch (UnknownHostException e) {
            return Optional.of("webhooks.url.unresolvable");
        }
        if (addresses.length == 0) {
            return Optional.of("webhooks.url.unresolvable");
        }
        if (allowPrivateTargets) {
            return Optional.empty();
        }
        for (InetAddress address : addresses) {
            if (isNonPublic(address)) {
                return Optional.of("webhooks.url.private");
            }
        }
        return Optional.empty();
    }

    /**
     * Loopback, private, link-local, CGNAT, unique-local, unspecified, multicast or reserved
     * ({@link NetworkAddresses}, shared with the revocation fetching of the signature check).
     */
    public static boolean isNonPublic(InetAddress address) {
        return NetworkAddresses.isNonPublic(address);
    }
}
