/**
 * The front page, a council's home, the sitemap, robots and the Atom feeds.
 */
@NullMarked
package vn.hdndso.portal.web;

import org.jspecify.annotations.NullMarked;
