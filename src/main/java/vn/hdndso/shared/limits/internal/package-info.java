/** The PostgreSQL token buckets behind {@link vn.hdndso.shared.limits.RateLimiter}, their key and their pruning. */
@NullMarked
package vn.hdndso.shared.limits.internal;

import org.jspecify.annotations.NullMarked;
