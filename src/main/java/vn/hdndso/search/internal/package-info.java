/**
 * The Lucene index, Vietnamese analysis, query planning, snippets and facets, the sources that
 * record other modules' events in the change log and read the items again, the feed that applies
 * the log to this instance's index, and the rebuild.
 */
@NullMarked
package vn.hdndso.search.internal;

import org.jspecify.annotations.NullMarked;
