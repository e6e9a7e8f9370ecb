/**
 * One Vietnamese-aware search over what the councils publish and keep: an embedded Lucene index
 * per instance, fed by a change log in PostgreSQL that other modules' events append to in their
 * transactions (so nothing is lost in a crash, and every instance follows it) and rebuildable
 * from the database; BM25 ranking over folded and exact forms and syllable
 * pairs, phrases, filters and facet counts, highlighted snippets, "did you mean". The public finds
 * public items only; a council's staff also find that council's private items.
 */
@ApplicationModule(
        displayName = "Search",
        allowedDependencies = {
            "councils",
            "documents",
            "files",
            "identity",
            "opendata",
            "petitions",
            "sessions",
            "shared"
        })
@NullMarked
package vn.hdndso.search;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
