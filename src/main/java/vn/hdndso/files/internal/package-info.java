/**
 * The blob stores (local directory, S3), content sniffing, PDF inspection and the registry of
 * stored files.
 */
@NullMarked
package vn.hdndso.files.internal;

import org.jspecify.annotations.NullMarked;
