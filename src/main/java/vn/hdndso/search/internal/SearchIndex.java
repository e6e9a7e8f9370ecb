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
 * The Lucene index on disk: one writer, searchers refreshed after every commit. Changes are written
 * without committing; the {@link SearchFeed} commits once per batch of the change log, with the
 * log position the index is complete up to (commit user data {@code position}, beside {@code
 * format} and {@code generation}), so that a restart continues from there.
 *
 * <p>A rebuild writes every item again under a new generation and then deletes what the old
 * generation left (items deleted from the database meanwhile); searches keep working throughout.
 * While it runs, commits carry {@code rebuilding}, so that an interrupted rebuild is started again.
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
    private static final String POSITION_KEY = "position";
    private static final String REBUILDING_KEY = "rebuilding";
    /** No position: the index was never fed from the change log (it is rebuilt). */
    static final long NO_POSITION = -1;

    private final Path path;
    private final Directory directory;
    private final Analyzer analyzer;
    private final IndexWriter writer;
    private final SearcherManager searchers;
    private final AtomicLong generation;
    private final boolean formatMatches;
    private final boolean interruptedRebuild;
    /** The change log position the index is complete up to once committed (guarded by commitLock). */
    private long position;

    private volatile boolean rebuilding;
    /** Counts the times the position was set back (a rebuild): a reader then forgets what it applied. */
    private long rewinds;
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
            this.position = Long.parseLong(data.getOrDefault(POSITION_KEY, String.valueOf(NO_POSITION)));
            this.interruptedRebuild = data.containsKey(REBUILDING_KEY);
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

    /**
     * Whether the index on disk was written by this version, holds items, and was not left by an
     * interrupted rebuild (else it must be rebuilt).
     */
    public boolean upToDate() {
        return formatMatches && !interruptedRebuild && count() > 0;
    }

    /** The change log position the index is complete up to, or {@link #NO_POSITION}. */
    long position() {
        synchronized (commitLock) {
            return position;
        }
    }

    /** Adds or replaces an item, uncommitted (the feed commits a batch at once). */
    public void put(SearchItem item) {
        write(w ->
                w.updateDocument(new Term(IndexFields.KEY, item.key()), IndexFields.document(item, generation.get())));
    }

    /** Removes an item (if it is there), uncommitted. */
    public void remove(String key) {
        write(w -> w.deleteDocuments(new Term(IndexFields.KEY, key)));
    }

    /** How many times the position was set rather than advanced (see {@link ChangeCursor}). */
    long rewinds() {
        synchronized (commitLock) {
            return rewinds;
        }
    }

    /** Sets the position back to {@code to} (as a restart from an older commit would be). */
    void rewindTo(long to) {
        synchronized (commitLock) {
            position = to;
            rewinds++;
        }
    }

    /** Moves the position from {@code from} to {@code to} without a commit (nothing was written). */
    void advance(long from, long to) {
        synchronized (commitLock) {
            if (position == from) {
                position = to;
            }
        }
    }

    /**
     * Commits what was written with the position {@code to}, if the position is still {@code
     * from} (a rebuild may have moved it back meanwhile: then it stays where the rebuild put it).
     */
    void commitAdvancing(long from, long to) {
        synchronized (commitLock) {
            if (position == from) {
                position = to;
            }
            commit();
        }
    }

    /**
     * A rebuild starts: it reads everything committed before {@code horizon}, so the position
     * becomes the horizon (changes from there on are applied by the feed; an advance the feed is
     * about to commit is dropped, see {@link #commitAdvancing}).
     */
    void startRebuild(long horizon) {
        synchronized (commitLock) {
            rebuilding = true;
            position = horizon;
            rewinds++;
        }
    }

    /**
     * A rebuild ended (completely or not) that started at {@code horizon} (the position taken
     * before it read anything): the feed applies every change from there on again, so that nothing
     * the rebuild read before a change overwrites that change. An incomplete rebuild leaves the
     * mark {@code rebuilding} in the commits: the next start rebuilds.
     */
    void endRebuild(long horizon, boolean complete) {
        synchronized (commitLock) {
            rebuilding = !complete;
            position = Math.min(position, horizon);
            rewinds++;
            commit();
        }
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

    /**
     * Rewrites the segments that hold replaced or removed items (before a commit), see {@link
     * #expungeDeleted}.
     */
    void mergeDeletes() {
        write(w -> w.forceMergeDeletes(true));
    }

    /** Deletes the files no commit and no reader uses any more (after a commit). */
    void deleteUnusedFiles() {
        write(IndexWriter::deleteUnusedFiles);
    }

    /** Commits what was written, with the current position, and refreshes the searchers. */
    public void commit() {
        synchronized (commitLock) {
            try {
                List<Map.Entry<String, String>> data = new java.util.ArrayList<>(List.of(
                        Map.entry(FORMAT_KEY, FORMAT),
                        Map.entry(GENERATION_KEY, String.valueOf(generation.get())),
                        Map.entry(POSITION_KEY, String.valueOf(position))));
                if (rebuilding) {
                    data.add(Map.entry(REBUILDING_KEY, "true"));
                }
                writer.setLiveCommitData(data);
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
     * indexed again from the change log (the committed position is before it).
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
