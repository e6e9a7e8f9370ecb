/** How a backup is written, checked and restored. */
@NullMarked
package vn.hdndso.backup.internal;

import org.jspecify.annotations.NullMarked;
