package vn.hdndso.search.internal;

import static org.mockito.Mockito.mock;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.lucene.search.ScoreDoc;
import org.junit.jupiter.api.Test;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;
import vn.hdndso.councils.Councils;
import vn.hdndso.search.Search;
import vn.hdndso.search.SearchItem;
import vn.hdndso.search.SearchRequest;
import vn.hdndso.search.Viewer;
import vn.hdndso.shared.CouncilId;
import vn.hdndso.shared.VnText;

/**
 * Search at scale, next to PostgreSQL full-text search on the same data. Not part of the test
 * suite (the name does not match Surefire's patterns); run it on purpose, see bench/search:
 *
 * <pre>./mvnw -B test -Dtest=SearchBenchmark -Dbench.items=1000000</pre>
 *
 * Items: the 4,347 real documents of testdata/documents plus synthetic variants of them (sentences of
 * the same and another document, 120 councils, years 2010-2026, four types, 80 % public).
 * Queries: a mix of folded, exact, phrase and filtered queries through the production search
 * path ({@link Search#search}: ranking, visibility filter, facet counts, snippets, did you mean);
 * PostgreSQL answers the same queries with {@code websearch_to_tsquery('simple', unaccent(q))}
 * over a GIN index, ranked by {@code ts_rank}, top 10 only (no counts: the easier task).
 */
class SearchBenchmark {

    /** Where the index and the PostgreSQL cluster are built ({@code bench.dir}). */
    static final Path DIR = Path.of(System.getProperty("bench.dir", "target/bench-search"));

    static final List<CouncilId> COUNCILS = councils(120);
    static final String[] TYPES = {"document", "incoming", "session", "petition"};

    @Test
    void measure() throws Exception {
        int total = Integer.getInteger("bench.items", 1_000_000);
        int queriesPerKind = Integer.getInteger("bench.queries", 250);
        // bench.reuse: keep the index and the PostgreSQL table of an earlier run of the same size
        // (building them takes most of the run); the queries always run again on both, side by side
        boolean reuse = Boolean.parseBoolean(System.getProperty("bench.reuse", "true"));
        boolean reusable = reuse && reusable(total);
        if (!reusable) {
            deleteRecursively(DIR);
        }
        deleteRecursively(DIR.resolve("small"));
        Files.createDirectories(DIR);
        List<SearchItem> real = KnownItems.items();
        List<KnownItems.Query> known = KnownItems.queries(real);
        report("real items %d, known-item queries %d, target items %d", real.size(), known.size(), total);
        report("machine load average at start: %s", loadAverage());

        try (EmbeddedPostgres pg = EmbeddedPostgres.builder()
                        .setDataDirectory(DIR.resolve("pg"))
                        .setCleanDataDirectory(false)
                        .setServerConfig("maintenance_work_mem", "1GB")
                        .setServerConfig("shared_buffers", "512MB")
                        .setServerConfig("work_mem", "64MB")
                        .start();
                Connection db = pg.getPostgresDatabase().getConnection()) {
            try (Statement s = db.createStatement()) {
                s.execute("create extension if not exists unaccent");
            }
            // relevance on the real documents alone (bench.relevance=false leaves it out)
            if (Boolean.parseBoolean(System.getProperty("bench.relevance", "true"))) {
                relevance(db, real, known);
            }

            var generator = new Generator(real);
            try (SearchIndex index = new SearchIndex(DIR.resolve("index"))) {
                if (reusable && index.upToDate() && index.count() == total && rows(db, "items") == total) {
                    report("reusing the index (%d items) and the PostgreSQL table of an earlier run", index.count());
                } else {
                    build(index, db, generator, total);
                }
                var search = new LuceneSearch(index, mock(Councils.class), List.of(new SearchSource() {
                    @Override
                    public Set<String> types() {
                        return Set.of(TYPES);
                    }

                    @Override
                    public Set<String> changeKinds() {
                        return Set.of();
                    }

                    @Override
                    public void reload(SearchChangeLog.Change change) {}

                    @Override
                    public void forEach(
                            vn.hdndso.councils.Council council, java.util.function.Consumer<SearchItem> sink) {}
                }));
                List<Bench> mix = mix(real, queriesPerKind, new Random(7));
                for (Bench b : mix.subList(0, Math.min(200, mix.size()))) {
                    search.search(b.request(), Viewer.anonymous());
                }
                for (Bench b : mix.subList(0, Math.min(50, mix.size()))) {
                    pgTop10(db, "items", b.request().q(), b.request().year());
                }
                // side by side: per kind, Lucene then PostgreSQL, so that both see the same load
                var lucene = new ArrayList<long[]>();
                var postgres = new ArrayList<long[]>();
                try (var profile = Profile.start()) {
                    for (String kind : List.of("folded", "exact", "phrase", "filtered")) {
                        List<Bench> ofKind =
                                mix.stream().filter(b -> b.kind().equals(kind)).toList();
                        long[] l = ofKind.stream()
                                .mapToLong(b -> time(() -> search.search(b.request(), Viewer.anonymous())))
                                .toArray();
                        long[] p = ofKind.stream()
                                .mapToLong(b -> time(() -> pgTop10(
                                        db,
                                        "items",
                                        b.request().q(),
                                        b.request().year())))
                                .toArray();
                        lucene.add(l);
                        postgres.add(p);
                        report("Lucene     %-8s %s", kind, percentiles(l));
                        report("PostgreSQL %-8s %s", kind, percentiles(p));
                        report("ratio      %-8s %s", kind, ratio(p, l));
                    }
                }
                long[] l = concat(lucene);
                long[] p = concat(postgres);
                report("Lucene     all      %s", percentiles(l));
                report("PostgreSQL all      %s", percentiles(p));
                report("ratio      all      %s (PostgreSQL / Lucene)", ratio(p, l));
                if (Boolean.parseBoolean(System.getProperty("bench.phases", "true"))) {
                    SearchBenchmarkPhases.report(
                            index, mix.subList(0, Math.min(200, mix.size())), SearchBenchmark::report);
                }
                report("machine load average at end: %s", loadAverage());
            }
        }
    }

    private static void relevance(Connection db, List<SearchItem> real, List<KnownItems.Query> known) throws Exception {
        try (SearchIndex small = new SearchIndex(DIR.resolve("small"))) {
            var access = new SearchIndexAccess(small);
            real.forEach(item -> access.put(item, 1));
            small.commit();
            double luceneMrr = mrr(known, q -> luceneTop10(small, q.text()));
            load(db, "small_items", real.size(), i -> real.get((int) i));
            double pgMrr = mrr(known, q -> pgTop10(db, "small_items", q.text(), null));
            report("MRR@10 on %d known-item queries: Lucene %.3f, PostgreSQL FTS %.3f", known.size(), luceneMrr, pgMrr);
        }
    }

    private static void build(SearchIndex index, Connection db, Generator generator, int total) throws Exception {
        long started = System.nanoTime();
        var access = new SearchIndexAccess(index);
        var next = new AtomicLong();
        int threads = Integer.getInteger("bench.threads", 2);
        var workers = new ArrayList<Thread>();
        for (int t = 0; t < threads; t++) {
            workers.add(Thread.ofPlatform().start(() -> {
                for (long i = next.getAndIncrement(); i < total; i = next.getAndIncrement()) {
                    access.put(generator.item(i), 1);
                }
            }));
        }
        for (Thread w : workers) {
            w.join();
        }
        index.commit();
        double seconds = (System.nanoTime() - started) / 1e9;
        report(
                "Lucene indexing: %d items in %.1f s = %.0f items/s (%d threads), index %d MB",
                index.count(), seconds, index.count() / seconds, threads, size(DIR.resolve("index")) / 1_000_000);
        access.forceMerge();
        report("Lucene force-merged to one segment in %.1f s", (System.nanoTime() - started) / 1e9 - seconds);
        long pgStarted = System.nanoTime();
        load(db, "items", total, generator::item);
        report("PostgreSQL load + tsvector + GIN: %.1f s", (System.nanoTime() - pgStarted) / 1e9);
        Files.writeString(DIR.resolve("built"), String.valueOf(total));
    }

    private static boolean reusable(int total) throws IOException {
        Path built = DIR.resolve("built");
        return Files.exists(built) && Files.readString(built).strip().equals(String.valueOf(total));
    }

    private static long rows(Connection db, String table) {
        try (Statement s = db.createStatement();
                ResultSet rs = s.executeQuery("select count(*) from " + table)) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            return -1;
        }
    }

    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).strip();
        } catch (IOException e) {
            return "unknown";
        }
    }

    /** PostgreSQL's time over Lucene's at p50, p95 and p99. */
    static String ratio(long[] postgres, long[] lucene) {
        long[] p = postgres.clone();
        long[] l = lucene.clone();
        Arrays.sort(p);
        Arrays.sort(l);
        return String.format(
                Locale.ROOT,
                "p50 %.1fx  p95 %.1fx  p99 %.1fx",
                at(p, 0.50) / at(l, 0.50),
                at(p, 0.95) / at(l, 0.95),
                at(p, 0.99) / at(l, 0.99));
    }

    /**
     * A JFR recording of the Lucene queries when {@code bench.jfr} names a file (read it with {@code
     * jfr print --events jdk.ExecutionSample} or {@code jfr view hot-methods}).
     */
    static final class Profile implements AutoCloseable {
        private final jdk.jfr.@org.jspecify.annotations.Nullable Recording recording;

        private Profile(jdk.jfr.@org.jspecify.annotations.Nullable Recording recording) {
            this.recording = recording;
        }

        static Profile start() throws Exception {
            String file = System.getProperty("bench.jfr");
            if (file == null || file.isBlank()) {
                return new Profile(null);
            }
            var recording = new jdk.jfr.Recording(jdk.jfr.Configuration.getConfiguration("profile"));
            recording.setDestination(Path.of(file));
            recording.start();
            return new Profile(recording);
        }

        @Override
        public void close() {
            if (recording != null) {
                recording.stop();
                recording.close();
                report("JFR recording written to %s", System.getProperty("bench.jfr"));
            }
        }
    }

    /** A query of the mix. */
    record Bench(String kind, SearchRequest request) {}

    static List<Bench> mix(List<SearchItem> real, int perKind, Random random) {
        var mix = new ArrayList<Bench>();
        for (int i = 0; i < perKind; i++) {
            SearchItem item = real.get(random.nextInt(real.size()));
            String[] words = item.title().split("\\s+");
            int from = words.length > 6 ? random.nextInt(words.length - 5) : 0;
            String some = String.join(" ", Arrays.copyOfRange(words, from, Math.min(words.length, from + 4)));
            mix.add(new Bench("folded", SearchRequest.of(VnText.fold(some))));
            mix.add(new Bench("exact", SearchRequest.of(some.toLowerCase(Locale.ROOT))));
            String pair = String.join(" ", Arrays.copyOfRange(words, from, Math.min(words.length, from + 2)));
            mix.add(new Bench("phrase", SearchRequest.of("\"" + pair + "\"")));
            mix.add(new Bench(
                    "filtered",
                    new SearchRequest(VnText.fold(some), null, "document", 2010 + random.nextInt(17), null, 1, 10)));
        }
        java.util.Collections.shuffle(mix, random);
        return mix;
    }

    /** Synthetic variants of the real items, the same for every run and for both engines. */
    static final class Generator {
        private final List<SearchItem> real;
        private final List<String[]> sentences = new ArrayList<>();

        Generator(List<SearchItem> real) {
            this.real = real;
            for (SearchItem item : real) {
                sentences.add(item.text().replace('\n', ' ').split("(?<=[.;:])\\s+"));
            }
        }

        SearchItem item(long i) {
            int base = (int) (i % real.size());
            if (i < real.size()) {
                return real.get(base);
            }
            var random = new Random(i * 7919L);
            SearchItem source = real.get(base);
            String[] own = sentences.get(base);
            String[] other = sentences.get(random.nextInt(sentences.size()));
            var text = new StringBuilder();
            int start = random.nextInt(Math.max(1, own.length));
            for (int k = 0; k < 4 && text.length() < 900; k++) {
                text.append(own[(start + k) % own.length]).append(' ');
            }
            text.append(other[random.nextInt(other.length)]);
            String body = text.length() > 1400 ? text.substring(0, 1400) : text.toString();
            int year = 2010 + random.nextInt(17);
            return new SearchItem(
                    TYPES[(int) (i % TYPES.length)],
                    "s" + i,
                    COUNCILS.get(random.nextInt(COUNCILS.size())),
                    source.title() + " (" + (year) + ")",
                    body,
                    java.time.LocalDate.of(year, 1 + random.nextInt(12), 1 + random.nextInt(28)),
                    source.field(),
                    random.nextInt(10) < 8,
                    Set.of("CLERK"),
                    "/s/" + i);
        }
    }

    interface LongFunction {
        SearchItem apply(long i);
    }

    /** Loads items into a table with a tsvector of title and text (simple config, unaccent) and a GIN index. */
    static void load(Connection db, String table, long count, LongFunction items) throws SQLException, IOException {
        try (Statement s = db.createStatement()) {
            s.execute("drop table if exists " + table);
            s.execute("create table " + table + " (key text primary key, type text, year int, title text, body text,"
                    + " is_public boolean, tsv tsvector)");
        }
        CopyManager copy = db.unwrap(PGConnection.class).getCopyAPI();
        int batch = 20_000;
        for (long from = 0; from < count; from += batch) {
            var rows = new StringBuilder();
            for (long i = from; i < Math.min(count, from + batch); i++) {
                SearchItem item = items.apply(i);
                rows.append(tsv(item.key()))
                        .append('\t')
                        .append(tsv(item.type()))
                        .append('\t')
                        .append(
                                item.date() == null
                                        ? "\\N"
                                        : String.valueOf(item.date().getYear()))
                        .append('\t')
                        .append(tsv(item.title()))
                        .append('\t')
                        .append(tsv(item.text()))
                        .append('\t')
                        .append(item.isPublic() ? 't' : 'f')
                        .append("\t\\N\n");
            }
            copy.copyIn("copy " + table + " from stdin", new StringReader(rows.toString()));
        }
        try (Statement s = db.createStatement()) {
            s.execute("update " + table + " set tsv = setweight(to_tsvector('simple', unaccent(title)), 'A')"
                    + " || to_tsvector('simple', unaccent(body))");
            s.execute("create index " + table + "_tsv on " + table + " using gin (tsv)");
            s.execute("vacuum analyze " + table);
        }
    }

    static List<String> pgTop10(Connection db, String table, String q, Integer year) {
        String sql = "select key from " + table + ", websearch_to_tsquery('simple', unaccent(?)) query"
                + " where tsv @@ query and is_public" + (year == null ? "" : " and year = ? and type = 'document'")
                + " order by ts_rank(tsv, query) desc limit 10";
        try (PreparedStatement p = db.prepareStatement(sql)) {
            p.setString(1, q);
            if (year != null) {
                p.setInt(2, year);
            }
            var keys = new ArrayList<String>();
            try (ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    keys.add(rs.getString(1));
                }
            }
            return keys;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    static List<String> luceneTop10(SearchIndex index, String q) {
        return index.read(searcher -> {
            try {
                var query = QueryPlanner.plan(ParsedQuery.of(q), QueryPlanner.knownIn(searcher));
                var keys = new ArrayList<String>();
                for (ScoreDoc doc : searcher.search(query, 10).scoreDocs) {
                    keys.add(searcher.storedFields().document(doc.doc).get(IndexFields.KEY));
                }
                return keys;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    static double mrr(
            List<KnownItems.Query> queries, java.util.function.Function<KnownItems.Query, List<String>> top10) {
        double sum = 0;
        for (KnownItems.Query q : queries) {
            int rank = top10.apply(q).indexOf(q.target());
            sum += rank < 0 ? 0 : 1.0 / (rank + 1);
        }
        return sum / queries.size();
    }

    static long time(Runnable work) {
        long started = System.nanoTime();
        work.run();
        return System.nanoTime() - started;
    }

    static String percentiles(long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return String.format(
                "n=%d p50 %.1f ms  p95 %.1f ms  p99 %.1f ms",
                sorted.length, at(sorted, 0.50), at(sorted, 0.95), at(sorted, 0.99));
    }

    static double at(long[] sorted, double p) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1)] / 1e6;
    }

    private static long[] concat(List<long[]> parts) {
        return parts.stream().flatMapToLong(Arrays::stream).toArray();
    }

    private static String tsv(String value) {
        return value.replace("\\", "\\\\").replace("\t", " ").replace("\n", " ").replace("\r", " ");
    }

    private static List<CouncilId> councils(int n) {
        var random = new Random(31);
        var ids = new ArrayList<CouncilId>();
        for (int i = 0; i < n; i++) {
            ids.add(new CouncilId(new UUID(random.nextLong(), random.nextLong())));
        }
        return ids;
    }

    private static long size(Path dir) throws IOException {
        try (var files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile)
                    .mapToLong(p -> p.toFile().length())
                    .sum();
        }
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (var files = Files.walk(dir)) {
            files.sorted(java.util.Comparator.reverseOrder())
                    .forEach(p -> p.toFile().delete());
        }
    }

    static void report(String format, Object... args) {
        System.out.println("[bench] " + String.format(Locale.ROOT, format, args));
    }
}
