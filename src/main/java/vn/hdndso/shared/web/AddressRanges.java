package vn.hdndso.shared.web;

import java.util.List;

/**
 * A set of IP addresses and CIDR blocks ({@code 127.0.0.1, 10.0.0.0/8, ::1}) that a client address
 * is checked against; entries are IP literals only, never names to look up.
 */
public final class AddressRanges {

    private final TrustedProxies blocks;

    private AddressRanges(TrustedProxies blocks) {
        this.blocks = blocks;
    }

    /** Parses the entries; an entry that is not an address or a block fails (at start-up). */
    public static AddressRanges of(List<String> entries) {
        return new AddressRanges(TrustedProxies.of(entries));
    }

    /** Whether the literal address is in one of the ranges; a name or garbage never is. */
    public boolean contains(String address) {
        return blocks.trusts(TrustedProxies.strip(address));
    }
}
