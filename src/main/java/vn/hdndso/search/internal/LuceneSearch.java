package vn.hdndso.search.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MultiCollectorManager;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import vn.hdndso.councils.Council;
import vn.hdndso.councils.Councils;
import vn.hdndso.search.Search;
import vn.hdndso.search.SearchRequest;
import vn.hdndso.search.SearchResults;
import vn.hdndso.search.Viewer;
import vn.hdndso.shared.CouncilId;
import vn.hdndso.shared.InvalidInputException;
import vn.hdndso.shared.VnText;

/**
 * One search over everything the index holds (documents today; sessions, petitions and answers as
 * their sources are added), for the public, a council's staff and the city administrator. What a
 * viewer may not see is filtered inside the index query, so it is neither listed nor counted.
 */
@Service
class LuceneSearch implements Search {

    private final SearchIndex index;
    private final Councils councils;
    private final Set<String> types;

    LuceneSearch(SearchIndex index, Councils councils, List<SearchSource> sources) {
        this.index = index;
        this.councils = councils;
        var all = new TreeSet<String>();
        sources.forEach(s -> all.addAll(s.types()));
        this.types = Set.copyOf(all);
    }

    /** The item types that can be found (filter values). */
    @Override
    public Set<String> types() {
        return types;
    }

    /**
     * Searches. Bad input (unknown type or council, a query longer than {@value
     * SearchRequest#MAX_QUERY_LENGTH} characters, a page beyond the reachable results) is
     * reported as {@link InvalidInputException} naming the parameter.
     */
    @Override
    public SearchResults search(SearchRequest request, Viewer viewer) {
        long started = System.nanoTime();
        String typed = request.q() == null ? "" : VnText.normalize(request.q());
        @Nullable Council council = check(request, typed);
        ParsedQuery parsed = ParsedQuery.of(typed);
        Query filter = filter(request, council, viewer);
        int from = (request.page() - 1) * request.size();
        int want = from + request.size();
        List<String> marked = QueryPlanner.markedWords(parsed);
        return index.read(searcher -> {
            try {
                Query scored = QueryPlanner.plan(parsed, word -> known(searcher, word));
                Query query = new BooleanQuery.Builder()
                        .add(scored, Occur.MUST)
                        .add(filter, Occur.FILTER)
                        .build();
                TopDocs topDocs;
                FacetCounts counts;
                long total;
                boolean exact;
                if (parsed.isEmpty()) {
                    // newest first: every visible item matches, ranked and counted in one pass
                    var both = new MultiCollectorManager(
                            new TopFieldCollectorManager(
                                    new Sort(new SortField(IndexFields.DATE, SortField.Type.LONG, true)),
                                    want,
                                    null,
                                    Integer.MAX_VALUE),
                            FacetSupport.manager());
                    Object[] collected = searcher.search(query, both);
                    topDocs = (TopDocs) collected[0];
                    counts = (FacetCounts) collected[1];
                    total = topDocs.totalHits.value();
                    exact = true;
                } else {
                    // ranked with skipping; the counts exact up to RankedWithCounts.EXACT_LIMIT matches
                    var ranked = RankedWithCounts.search(searcher, query, want);
                    topDocs = ranked.top();
                    counts = ranked.counts();
                    total = ranked.total();
                    exact = ranked.exact();
                }
                SearchResults.Facets facets = FacetSupport.facets(counts, councils);
                var hits = new ArrayList<SearchResults.Hit>();
                ScoreDoc[] docs = topDocs.scoreDocs;
                for (int i = from; i < Math.min(docs.length, want); i++) {
                    hits.add(hit(searcher, docs[i], marked));
                }
                String didYouMean = parsed.isEmpty() ? null : DidYouMean.suggest(searcher, parsed, filter);
                return new SearchResults(
                        typed,
                        hits,
                        total,
                        (System.nanoTime() - started) / 1_000_000,
                        request.page(),
                        request.size(),
                        facets,
                        didYouMean,
                        exact);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    private static boolean known(IndexSearcher searcher, String folded) {
        return QueryPlanner.knownIn(searcher).test(folded);
    }

    private @Nullable Council check(SearchRequest request, String typed) {
        var problems = new InvalidInputException.Collector();
        if (typed.length() > SearchRequest.MAX_QUERY_LENGTH) {
            problems.add("q", "search.q.tooLong", SearchRequest.MAX_QUERY_LENGTH);
        }
        Council council = null;
        if (request.council() != null && !request.council().isBlank()) {
            council = councils.findBySlug(request.council().strip()).orElse(null);
            if (council == null) {
                problems.add(
                        "council", "search.council.unknown", request.council().strip());
            }
        }
        if (request.type() != null
                && !request.type().isBlank()
                && !types.contains(request.type().strip())) {
            problems.add("type", "search.type.unknown", request.type().strip(), String.join(", ", types));
        }
        if (request.year() != null && (request.year() < 1945 || request.year() > 9999)) {
            problems.add("year", "search.year.invalid");
        }
        if (request.field() != null && request.field().length() > 200) {
            problems.add("field", "search.field.tooLong");
        }
        if (request.size() < 1 || request.size() > SearchRequest.MAX_SIZE) {
            problems.add("size", "search.size.invalid", SearchRequest.MAX_SIZE);
        }
        if (request.page() < 1) {
            problems.add("page", "search.page.invalid");
        } else if (request.size() >= 1 && (long) request.page() * request.size() > SearchRequest.MAX_RESULTS) {
            problems.add("page", "search.page.tooFar", SearchRequest.MAX_RESULTS);
        }
        problems.throwIfAny();
        return council;
    }

    private static Query filter(SearchRequest request, @Nullable Council council, Viewer viewer) {
        var filter = new BooleanQuery.Builder();
        if (!viewer.everything()) {
            var visible = new BooleanQuery.Builder();
            for (String token : viewer.audience()) {
                visible.add(new TermQuery(new Term(IndexFields.AUDIENCE, token)), Occur.SHOULD);
            }
            filter.add(visible.build(), Occur.FILTER);
        }
        if (council != null) {
            filter.add(new TermQuery(new Term(IndexFields.COUNCIL, council.id().toString())), Occur.FILTER);
        }
        if (request.type() != null && !request.type().isBlank()) {
            filter.add(new TermQuery(new Term(IndexFields.TYPE, request.type().strip())), Occur.FILTER);
        }
        if (request.year() != null) {
            filter.add(IntPoint.newExactQuery(IndexFields.YEAR, request.year()), Occur.FILTER);
        }
        if (request.field() != null && !request.field().isBlank()) {
            filter.add(new TermQuery(new Term(IndexFields.FIELD, VnText.normalize(request.field()))), Occur.FILTER);
        }
        BooleanQuery built = filter.build();
        return built.clauses().isEmpty() ? new org.apache.lucene.search.MatchAllDocsQuery() : built;
    }

    private SearchResults.Hit hit(IndexSearcher searcher, ScoreDoc scoreDoc, List<String> marked) throws IOException {
        Document doc = searcher.storedFields().document(scoreDoc.doc);
        String title = doc.get(IndexFields.TITLE);
        String text = doc.get(IndexFields.TEXT);
        String councilId = doc.get(IndexFields.COUNCIL);
        Council council = councils.findById(CouncilId.of(councilId)).orElse(null);
        String date = doc.get(IndexFields.DATE);
        return new SearchResults.Hit(
                doc.get(IndexFields.TYPE),
                doc.get(IndexFields.ID),
                title,
                Snippets.mark(title, marked),
                council == null ? councilId : council.slug(),
                council == null ? "" : council.name(),
                doc.get(IndexFields.URL),
                text == null || text.isBlank() ? "" : Snippets.snippet(text, marked),
                date == null ? null : LocalDate.parse(date),
                doc.get(IndexFields.FIELD),
                IndexFields.PUBLIC.equals(doc.get(IndexFields.VISIBILITY)),
                Float.isNaN(scoreDoc.score) ? 0f : scoreDoc.score);
    }
}
