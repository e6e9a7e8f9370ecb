/**
 * HTTP caching of public responses and the in-memory page cache.
 */
@NullMarked
package vn.hdndso.portal.internal;

import org.jspecify.annotations.NullMarked;
