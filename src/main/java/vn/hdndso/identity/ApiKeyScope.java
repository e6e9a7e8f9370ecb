package vn.hdndso.identity;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * What an API key may do with its account. A key reads as the public unless it is given more:
 * {@code read:council} reads (GET, HEAD) with the account's roles, {@code write:council} also
 * changes with them. A key's other requests run as an anonymous visitor's would.
 */
public enum ApiKeyScope {
    READ_PUBLIC("read:public"),
    READ_COUNCIL("read:council"),
    WRITE_COUNCIL("write:council");

    /** The scopes of a key created without any named. */
    public static final Set<ApiKeyScope> DEFAULT = EnumSet.of(READ_PUBLIC);

    private final String code;

    ApiKeyScope(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static Optional<ApiKeyScope> fromCode(String code) {
        String wanted = code.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(s -> s.code.equals(wanted)).findFirst();
    }

    /** Whether a request with this HTTP method signs in as the key's account (else as the public). */
    public static boolean actsAsAccount(Set<ApiKeyScope> scopes, String method) {
        boolean reading = method.equals("GET") || method.equals("HEAD") || method.equals("OPTIONS");
        return scopes.contains(WRITE_COUNCIL) || (reading && scopes.contains(READ_COUNCIL));
    }
}
