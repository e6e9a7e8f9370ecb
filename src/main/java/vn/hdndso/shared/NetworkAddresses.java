package vn.hdndso.shared;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;

/**
 * Which network addresses belong to the public internet. The server calls out only to public
 * addresses on behalf of outsiders (webhook deliveries, revocation data named in an uploaded
 * certificate), so that nobody can make it call into its own network (server-side request
 * forgery).
 */
public final class NetworkAddresses {

    private NetworkAddresses() {}

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
