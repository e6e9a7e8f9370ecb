@NullMarked
package vn.hdndso.sessions.internal;

import org.jspecify.annotations.NullMarked;
