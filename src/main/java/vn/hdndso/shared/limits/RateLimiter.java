package vn.hdndso.shared.limits;

/**
 * Counts attempts per client under a {@link RateLimit}, the same for every instance of the
 * installation: the buckets live in PostgreSQL and each attempt is one atomic statement, so
 * attempts spread over several instances behind a load balancer add up. Clients are known by a
 * keyed hash of their address; the address itself is never stored. The buckets follow the
 * database's clock, the one clock every instance shares.
 */
public interface RateLimiter {

    /**
     * Takes a token of {@code client}'s bucket, if it has one. A refused attempt takes nothing (a
     * client that keeps trying is not locked out for longer).
     *
     * @param client the client's network address (or another identifier of the client), hashed
     *     before it is stored
     */
    RateDecision tryAcquire(RateLimit limit, String client);

    /**
     * Gives the token of a granted attempt back (a right password; a check that could not run
     * because the server was busy). Does nothing for a refused attempt.
     */
    void giveBack(RateDecision decision);
}
