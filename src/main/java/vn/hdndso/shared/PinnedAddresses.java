package vn.hdndso.shared;

import java.net.InetAddress;
import java.net.UnknownHostException;
import org.apache.hc.client5.http.DnsResolver;

/**
 * The name resolution of an HTTP client that calls out on behalf of outsiders (webhook
 * deliveries, revocation data named in an uploaded certificate): a host is resolved once, its
 * addresses are checked ({@link NetworkAddresses}) and the connection is made to exactly those
 * addresses. Checking a name and then letting the client resolve it again would let a DNS server
 * answer a public address to the check and a private one to the connection (DNS rebinding).
 */
public final class PinnedAddresses implements DnsResolver {

    /** Resolves a host name to its addresses (the system's DNS, or a fixed table in tests). */
    @FunctionalInterface
    public interface Lookup {
        InetAddress[] resolve(String host) throws UnknownHostException;
    }

    /** Refused because the name resolves to an address that is not on the public internet. */
    public static final class NonPublicAddressException extends UnknownHostException {

        private static final long serialVersionUID = 1L;

        NonPublicAddressException(String host, InetAddress address) {
            super(host + " resolves to a non-public address " + address.getHostAddress());
        }
    }

    private final Lookup lookup;
    private final boolean allowPrivate;

    /**
     * @param allowPrivate accept private and loopback addresses too (a closed network, tests); the
     *     addresses are still resolved only once
     */
    public PinnedAddresses(Lookup lookup, boolean allowPrivate) {
        this.lookup = lookup;
        this.allowPrivate = allowPrivate;
    }

    /** The system's resolver, public addresses only. */
    public static PinnedAddresses publicOnly() {
        return new PinnedAddresses(InetAddress::getAllByName, false);
    }

    /** The host's addresses, all of them public (or a refusal): the ones to connect to. */
    @Override
    public InetAddress[] resolve(String host) throws UnknownHostException {
        String bare = host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
        InetAddress[] addresses = lookup.resolve(bare);
        if (addresses.length == 0) {
            throw new UnknownHostException(host);
        }
        if (!allowPrivate) {
            for (InetAddress address : addresses) {
                if (NetworkAddresses.isNonPublic(address)) {
                    throw new NonPublicAddressException(host, address);
                }
            }
        }
        return addresses.clone();
    }

    @Override
    public String resolveCanonicalHostname(String host) {
        return host;
    }
}
