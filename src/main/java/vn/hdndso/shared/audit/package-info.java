/**
 * The audit event every module publishes when it changes (or reads personal) data; the identity
 * module writes it to the audit trail.
 */
@NullMarked
package vn.hdndso.shared.audit;

import org.jspecify.annotations.NullMarked;
