/**
 * The tenant scope of a unit of work (which council's rows it may see) and the transaction
 * manager that tells the database at the start of every transaction.
 */
@NullMarked
package vn.hdndso.shared.tenancy;

import org.jspecify.annotations.NullMarked;
