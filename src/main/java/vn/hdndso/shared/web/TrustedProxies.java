package vn.hdndso.shared.web;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The reverse proxies whose forwarded-for headers are believed: addresses or CIDR blocks. A
 * request's client is its direct peer, unless that peer is a trusted proxy: then the forwarded
 * chain is read from the right, skipping trusted proxies, and the first other address is the
 * client. Anything a client wrote itself (the left part of the chain, or any header sent
 * straight to the server) cannot choose its address.
 */
final class TrustedProxies {

    private static final Pattern IP_LITERAL = Pattern.compile("[0-9a-fA-F:.]+");

    private final List<Block> blocks;

    private TrustedProxies(List<Block> blocks) {
        this.blocks = List.copyOf(blocks);
    }

    /** Parses {@code 10.0.0.1, 10.1.0.0/16, ::1}; an entry that is not an address fails start-up. */
    static TrustedProxies of(List<String> entries) {
        List<Block> blocks = new ArrayList<>();
        for (String raw : entries) {
            String entry = raw.strip();
            if (entry.isEmpty()) {
                continue;
            }
            int slash = entry.indexOf('/');
            String address = slash < 0 ? entry : entry.substring(0, slash);
            byte[] bytes = parse(address)
                    .orElseThrow(() -> new IllegalArgumentException(
                            "hdnd.proxies.trusted: not an IP address or CIDR block: " + entry));
            int bits = bytes.length * 8;
            int prefix = slash < 0 ? bits : Integer.parseInt(entry.substring(slash + 1));
            if (prefix < 0 || prefix > bits) {
                throw new IllegalArgumentException("hdnd.proxies.trusted: bad prefix length in " + entry);
            }
            blocks.add(new Block(bytes, prefix));
        }
        return new TrustedProxies(blocks);
    }

    boolean isEmpty() {
        return blocks.isEmpty();
    }

    boolean trusts(String address) {
        return parse(address)
                .map(bytes -> blocks.stream().anyMatch(b -> b.contains(bytes)))
                .orElse(false);
    }

    /**
     * The client of a request from {@code peer} whose forwarded chain (oldest first, as in
     * {@code X-Forwarded-For}) is {@code chain}.
     */
    String client(String peer, List<String> chain) {
        if (!trusts(peer)) {
            return peer;
        }
        String client = peer;
        for (int i = chain.size() - 1; i >= 0; i--) {
            String hop = strip(chain.get(i));
            if (parse(hop).isEmpty()) {
                return client; // "unknown", an obfuscated name: the last proxy is all we know
            }
            client = hop;
            if (!trusts(hop)) {
                return hop;
            }
        }
        return client;
    }

    /** An address as a forwarded header writes it: {@code "[2001:db8::1]:4711"}, {@code 1.2.3.4:80}. */
    static String strip(String hop) {
        String value = hop.strip();
        if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
            value = value.substring(1, value.length() - 1);
        }
        if (value.startsWith("[")) {
            int end = value.indexOf(']');
            return end < 0 ? value : value.substring(1, end);
        }
        int colon = value.indexOf(':');
        if (colon > 0 && colon == value.lastIndexOf(':')) {
            return value.substring(0, colon); // IPv4 with a port
        }
        return value;
    }

    /** The bytes of an IP literal; never a name lookup. */
    static Optional<byte[]> parse(String address) {
        String value = address.strip().toLowerCase(Locale.ROOT);
        if (value.isEmpty() || !IP_LITERAL.matcher(value).matches() || (!value.contains(":") && !isDottedQuad(value))) {
            return Optional.empty();
        }
        try {
            return Optional.of(InetAddress.getByName(value).getAddress());
        } catch (UnknownHostException e) {
            return Optional.empty();
        }
    }

    private static boolean isDottedQuad(String value) {
        String[] parts = value.split("\\.", -1);
        if (parts.length != 4) {
            return false;
        }
        for (String part : parts) {
            if (part.isEmpty() || part.length() > 3 || !part.chars().allMatch(Character::isDigit)) {
                return false;
            }
            if (Integer.parseInt(part) > 255) {
                return false;
            }
        }
        return true;
    }

    private record Block(byte[] network, int prefix) {
        boolean contains(byte[] address) {
            byte[] candidate = address;
            if (candidate.length != network.length) {
                return false;
            }
            int full = prefix / 8;
            for (int i = 0; i < full; i++) {
                if (candidate[i] != network[i]) {
                    return false;
                }
            }
            int rest = prefix % 8;
            if (rest == 0) {
                return true;
            }
            int mask = (0xFF << (8 - rest)) & 0xFF;
            return (candidate[full] & mask) == (network[full] & mask);
        }
    }
}
