/**
 * The staff pages and JSON API of councils, terms, bodies, delegates, memberships and People's
 * Committee units.
 */
@NullMarked
package vn.hdndso.councils.web;

import org.jspecify.annotations.NullMarked;
