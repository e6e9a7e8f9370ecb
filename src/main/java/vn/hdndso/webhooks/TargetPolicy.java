package vn.hdndso.webhooks;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

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

    /** Loopback, private, link-local, CGNAT, unique-local, unspecified, multicast or reserved. */
    public static boolean isNonPublic(InetAddress address) {
        if (address.isLoopbackAddress()
                || address.isAnyLocalAddress()
                || address.isLinkLocalAddress()
                || address.isSiteLocalAddress()
                || address.isMulticastAddress()) {
            return true;
        }
        byte[] b = address.getAddress();
        if (address instanceof Inet4Address) {
            return isNonPublicV4(b);
        }
        if (address instanceof Inet6Address) {
            int first = b[0] & 0xff;
            if ((first & 0xfe) == 0xfc) { // fc00::/7 unique local
                return true;
            }
            if (first == 0xfe && (b[1] & 0xc0) == 0xc0) { // fec0::/10 (deprecated site-local)
                return true;
            }
            boolean zeroPrefix = true;
            for (int i = 0; i < 10; i++) {
                zeroPrefix &= b[i] == 0;
            }
            // ::a.b.c.d (IPv4-compatible) and ::ffff:a.b.c.d (mapped) carry an IPv4 address
            if (zeroPrefix && ((b[10] == 0 && b[11] == 0) || ((b[10] & 0xff) == 0xff && (b[11] & 0xff) == 0xff))) {
                return isNonPublicV4(new byte[] {b[12], b[13], b[14], b[15]});
            }
            // 64:ff9b::/96, NAT64 of an IPv4 address
            if ((b[0] & 0xff) == 0x00 && (b[1] & 0xff) == 0x64 && (b[2] & 0xff) == 0xff && (b[3] & 0xff) == 0x9b) {
                return isNonPublicV4(new byte[] {b[12], b[13], b[14], b[15]});
            }
        }
        return false;
    }

    private static boolean isNonPublicV4(byte[] b) {
        int a0 = b[0] & 0xff;
        int a1 = b[1] & 0xff;
        return a0 == 0 // 0.0.0.0/8 "this network"
                || a0 == 10
                || a0 == 127
                || (a0 == 100 && a1 >= 64 && a1 <= 127) // 100.64.0.0/10 carrier-grade NAT
                || (a0 == 169 && a1 == 254)
                || (a0 == 172 && a1 >= 16 && a1 <= 31)
                || (a0 == 192 && a1 == 168)
                || (a0 == 192 && a1 == 0 && (b[2] & 0xff) == 0) // 192.0.0.0/24 protocol assignments
                || (a0 == 198 && (a1 == 18 || a1 == 19)) // 198.18.0.0/15 benchmarking
                || a0 >= 224; // multicast and reserved, broadcast
    }
}
