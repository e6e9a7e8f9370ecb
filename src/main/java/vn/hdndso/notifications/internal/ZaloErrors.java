package vn.hdndso.notifications.internal;

import java.util.Set;

/**
 * What the OA Open API's error codes mean for a message: the passing ones (rate limit, quota, an
 * expired or revoked access token the operator renews, an internal error) are retried later; the
 * others (the user does not follow the OA or has not written to it lately, blocked it, a bad
 * parameter, an OA without the permission) fail for good.
 */
final class ZaloErrors {

    /**
     * -32 rate limit exceeded; -211 out of quota; -216 access token invalid; -124 access token
     * expired; -50 and -1 internal error; -234 the user does not take messages at night.
     */
    private static final Set<Integer> PASSING = Set.of(-1, -32, -50, -124, -211, -216, -234);

    private ZaloErrors() {}

    /** -216 access token invalid, -124 access token expired: a renewed token may be sent with. */
    static boolean tokenRejected(int error) {
        return error == -216 || error == -124;
    }

    static boolean passing(int error) {
        return PASSING.contains(error);
    }
}
