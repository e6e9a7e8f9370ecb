package vn.hdndso.search.internal;

import java.io.IOException;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;

/**
 * Counts the matches per type, council, field (ordinals of their doc values, per segment) and
 * year, in the same pass as the ranking.
 */
final class FacetCounts {

    final Map<String, Long> type = new HashMap<>();
    final Map<String, Long> council = new HashMap<>();
    final Map<String, Long> field = new HashMap<>();
    final Map<Integer, Long> year = new HashMap<>();

    static CollectorManager<Counter, FacetCounts> manager() {
        return new CollectorManager<>() {
            @Override
            public Counter newCollector() {
                return new Counter();
            }

            @Override
            public FacetCounts reduce(Collection<Counter> collectors) {
                var total = new FacetCounts();
                for (Counter c : collectors) {
                    c.counts.type.forEach((k, v) -> total.type.merge(k, v, Long::sum));
                    c.counts.council.forEach((k, v) -> total.council.merge(k, v, Long::sum));
                    c.counts.field.forEach((k, v) -> total.field.merge(k, v, Long::sum));
                    c.counts.year.forEach((k, v) -> total.year.merge(k, v, Long::sum));
                }
                return total;
            }
        };
    }

    static final class Counter implements Collector {
        final FacetCounts counts = new FacetCounts();

        @Override
        public LeafCollector getLeafCollector(LeafReaderContext context) throws IOException {
            return new Leaf(context, counts);
        }

        @Override
        public ScoreMode scoreMode() {
            return ScoreMode.COMPLETE_NO_SCORES;
        }
    }

    private static final class Leaf implements LeafCollector {
        private final FacetCounts counts;
        private final SortedDocValues type;
        private final SortedDocValues council;
        private final SortedDocValues field;
        private final NumericDocValues year;
        private final long[] typeOrds;
        private final long[] councilOrds;
        private final long[] fieldOrds;
        private final Map<Integer, Long> years = new HashMap<>();

        Leaf(LeafReaderContext context, FacetCounts counts) throws IOException {
            this.counts = counts;
            var reader = context.reader();
            this.type = DocValues.getSorted(reader, IndexFields.TYPE);
            this.council = DocValues.getSorted(reader, IndexFields.COUNCIL);
            this.field = DocValues.getSorted(reader, IndexFields.FIELD);
            this.year = DocValues.getNumeric(reader, IndexFields.YEAR);
            this.typeOrds = new long[type.getValueCount()];
            this.councilOrds = new long[council.getValueCount()];
            this.fieldOrds = new long[field.getValueCount()];
        }

        @Override
        public void setScorer(Scorable scorer) {}

        @Override
        public void collect(int doc) throws IOException {
            if (type.advanceExact(doc)) {
                typeOrds[type.ordValue()]++;
            }
            if (council.advanceExact(doc)) {
                councilOrds[council.ordValue()]++;
            }
            if (field.advanceExact(doc)) {
                fieldOrds[field.ordValue()]++;
            }
            if (year.advanceExact(doc)) {
                years.merge((int) year.longValue(), 1L, Long::sum);
            }
        }

        @Override
        public void finish() throws IOException {
            drain(type, typeOrds, counts.type);
            drain(council, councilOrds, counts.council);
            drain(field, fieldOrds, counts.field);
            years.forEach((k, v) -> counts.year.merge(k, v, Long::sum));
        }

        private static void drain(SortedDocValues values, long[] ords, Map<String, Long> into) throws IOException {
            for (int ord = 0; ord < ords.length; ord++) {
                if (ords[ord] > 0) {
                    into.merge(values.lookupOrd(ord).utf8ToString(), ords[ord], Long::sum);
                }
            }
        }
    }
}
