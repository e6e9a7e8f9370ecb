/**
 * The web error model (problem details for the API, error pages for people), form errors, pages
 * of lists, flash messages, the language filter and the static-file configuration.
 */
@NullMarked
package vn.hdndso.shared.web;

import org.jspecify.annotations.NullMarked;
