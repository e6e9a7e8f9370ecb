package vn.hdndso.search.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TieredMergePolicy;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.hdndso.search.SearchItem;

/**
 * The Lucene index on disk: one writer, searchers refreshed after every change. Every change is
 * committed before the method returns, so an event whose listener returned is on disk (the
 * publication registry marks it complete only then).
 *
 * <p>A rebuild writes every item again under a new generation and then deletes what the old
 * generation left (items deleted from the database meanwhile); searches keep working throughout.
 */
class SearchIndex implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(SearchIndex.class);
    /**
     * Changes when the fields, the analysis or the sources change; an index of another version is
     * rebuilt (2: sessions, agenda items, petitions, answers and datasets added; 3: a petition issue
     * is for the officers of the unit it was transferred to, not every officer).
     */
    public static final String FORMAT = "hdnd-search-4";

    private static final String FORMAT_KEY = "format";
    private static final String GENERATION_KEY = "generation";

    private final Path path;
    private final Directory directory;
    private final Analyzer analyzer;
    private final IndexWriter writer;
    private final SearcherManager searchers;
    private final AtomicLong generation;
    private final boolean formatMatches;
    /** Commits and the close exclude each other (closing amid a commit would keep the lock). */
    private final Object commitLock = new Object();

    public SearchIndex(Path path) {
        try {
            Files.createDirectories(path);
            this.path = path;
            this.directory = FSDirectory.open(path);
            this.analyzer = VietnameseAnalysis.perField();
            var merges = new TieredMergePolicy();
            // expunging (after personal data was erased) rewrites every segment holding a replaced
            // item, however few: by default Lucene leaves segments with under 10 % deleted alone
            merges.setForceMergeDeletesPctAllowed(0);
            var config = new IndexWriterConfig(analyzer)
                    .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
                    .setMergePolicy(merges)
                    .setRAMBufferSizeMB(48);
            this.writer = new IndexWriter(directory, config);
            Map<String, String> data = new HashMap<>();
            writer.getLiveCommitData().forEach(e -> data.put(e.getKey(), e.getValue()));
            this.formatMatches = FORMAT.equals(data.get(FORMAT_KEY));
            this.generation = new AtomicLong(Long.parseLong(data.getOrDefault(GENERATION_KEY, "1")));
            this.searchers = new SearcherManager(writer, null);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the search index at " + path, e);
        }
    }

    /** The directory of the index files. */
    Path path() {
        return path;
    }

    public Analyzer analyzer() {
        return analyzer;
    }

    /** Whether the index on disk was written by this version (else it must be rebuilt). */
    public boolean upToDate() {
        return formatMatches && count() > 0;
    }

    /** Adds or replaces an item and commits. */
    public void put(SearchItem item) {
        write(w ->
                w.updateDocument(new Term(IndexFields.KEY, item.key()), IndexFields.document(item, generation.get())));
        commit();
    }

    /** Removes an item (if it is there) and commits. */
    public void remove(String key) {
        write(w -> w.deleteDocuments(new Term(IndexFields.KEY, key)));
        commit();
    }

    /** Adds or replaces an item without committing (a rebuild commits in batches). */
    void putUncommitted(SearchItem item, long itemGeneration) {
        write(w -> w.updateDocument(new Term(IndexFields.KEY, item.key()), IndexFields.document(item, itemGeneration)));
    }

    /** Starts a rebuild: items written from now on belong to the new generation. */
    long nextGeneration() {
        return generation.incrementAndGet();
    }

    /** Ends a rebuild: deletes what older generations left and commits. */
    void finishGeneration(long finished) {
        write(w -> w.deleteDocuments(LongPoint.newRangeQuery(IndexFields.GENERATION, Long.MIN_VALUE, finished - 1)));
        commit();
    }

    public void commit() {
        synchronized (commitLock) {
            try {
                writer.setLiveCommitData(List.of(
                        Map.entry(FORMAT_KEY, FORMAT), Map.entry(GENERATION_KEY, String.valueOf(generation.get()))));
                writer.commit();
                searchers.maybeRefreshBlocking();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** Items in the index. */
    public int count() {
        return read(s -> s.getIndexReader().numDocs());
    }

    public boolean contains(String key) {
        return read(s -> {
            try {
                return s.count(new TermQuery(new Term(IndexFields.KEY, key))) > 0;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /** Runs a read against a current searcher. */
    public <T> T read(Function<IndexSearcher, T> work) {
        try {
            IndexSearcher searcher = searchers.acquire();
            try {
                return work.apply(searcher);
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public int count(Query query) {
        return read(s -> {
            try {
                return s.count(query);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /**
     * Rewrites the segments that hold replaced or removed items, so that their old text leaves the
     * files on disk (Lucene only marks a replaced document deleted), and deletes the files no reader
     * uses any more. After a voter's data was anonymised.
     */
    void expungeDeleted() {
        write(w -> w.forceMergeDeletes(true));
        commit();
        write(IndexWriter::deleteUnusedFiles);
    }

    /** Merges the index into one segment (after a bulk load; not needed in normal operation). */
    void forceMerge() {
        write(w -> w.forceMerge(1));
        commit();
    }

    /**
     * Closes the index, waiting for a commit under way (a listener or a rebuild may be committing
     * while the application stops). Whatever happens, the writer's lock is released, so that the
     * next start in this JVM (tests) or process can open the index; what was not committed is
     * indexed again from the incomplete event publications or the next rebuild.
     */
    @Override
    public void close() {
        synchronized (commitLock) {
            try {
                searchers.close();
            } catch (IOException | RuntimeException e) {
                log.warn("closing the index searchers failed", e);
            }
            try {
                writer.close();
            } catch (IOException | RuntimeException e) {
                log.warn("closing the search index failed; rolling back what was not committed", e);
                try {
                    writer.rollback();
                } catch (IOException | RuntimeException again) {
                    log.warn("rolling back the search index failed", again);
                }
            }
            try {
                directory.close();
            } catch (IOException e) {
                log.warn("closing the index directory failed", e);
            }
        }
    }

    private interface WriterWork {
        void apply(IndexWriter writer) throws IOException;
    }

    private void write(WriterWork work) {
        try {
            work.apply(writer);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
