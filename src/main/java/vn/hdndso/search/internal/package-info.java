/**
 * The Lucene index, Vietnamese analysis, query planning, snippets and facets, the sources that
 * feed the index from other modules' events, and the rebuild.
 */
@NullMarked
package vn.hdndso.search.internal;

import org.jspecify.annotations.NullMarked;
