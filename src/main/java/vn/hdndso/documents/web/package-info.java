/** The documents module's pages and JSON API; they use only the module's root API. */
@NullMarked
package vn.hdndso.documents.web;

import org.jspecify.annotations.NullMarked;
