/**
 * The search pages, the search API and the index administration.
 */
@NullMarked
package vn.hdndso.search.web;

import org.jspecify.annotations.NullMarked;
