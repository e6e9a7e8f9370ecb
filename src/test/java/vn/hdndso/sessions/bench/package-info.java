@NullMarked
package vn.hdndso.sessions.bench;

import org.jspecify.annotations.NullMarked;
