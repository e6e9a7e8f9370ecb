/**
 * The append-only, hash-chained audit trail in the database.
 */
@NullMarked
package vn.hdndso.identity.audit;

import org.jspecify.annotations.NullMarked;
