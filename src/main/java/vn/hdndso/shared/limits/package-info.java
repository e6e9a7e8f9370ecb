/**
 * Rate limits that hold across every instance of the installation: a token bucket per limit and
 * client, kept in PostgreSQL (the one store all instances share) and changed by one atomic
 * statement per attempt. See {@link vn.hdndso.shared.limits.RateLimiter}.
 */
@NullMarked
package vn.hdndso.shared.limits;

import org.jspecify.annotations.NullMarked;
