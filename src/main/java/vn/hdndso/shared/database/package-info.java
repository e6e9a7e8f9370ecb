/**
 * The database: the embedded PostgreSQL server or an external one, the data source, and the guard
 * that every tenant table has row-level security.
 */
@NullMarked
package vn.hdndso.shared.database;

import org.jspecify.annotations.NullMarked;
