@NullMarked
package vn.hdndso.sessions.web;

import org.jspecify.annotations.NullMarked;
