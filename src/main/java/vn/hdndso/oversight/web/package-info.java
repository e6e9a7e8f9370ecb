/** The oversight JSON API, the staff workspace page and the public pages /{slug}/chat-van and /{slug}/giam-sat. */
@NullMarked
package vn.hdndso.oversight.web;

import org.jspecify.annotations.NullMarked;
