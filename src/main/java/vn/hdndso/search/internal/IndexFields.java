package vn.hdndso.search.internal;

import java.time.LocalDate;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.util.BytesRef;
import vn.hdndso.search.SearchItem;

/** The fields of an indexed item and how a {@link SearchItem} becomes a Lucene document. */
final class IndexFields {

    public static final String KEY = "key";
    public static final String TYPE = "type";
    public static final String ID = "id";
    public static final String COUNCIL = "council";
    public static final String TITLE = "title";
    public static final String TEXT = "text";
    public static final String YEAR = "year";
    public static final String DATE = "date";
    public static final String FIELD = "field";
    public static final String VISIBILITY = "visibility";
    public static final String AUDIENCE = "audience";
    public static final String URL = "url";
    public static final String GENERATION = "gen";
    public static final String PUBLIC = "public";
    public static final String STAFF = "staff";

    /** Stored text is cut here (snippets come from the start of long texts); all of it is searched. */
    static final int MAX_STORED_TEXT = 60_000;

    private IndexFields() {}

    public static Document document(SearchItem item, long generation) {
        var doc = new Document();
        doc.add(new StringField(KEY, item.key(), Field.Store.YES));
        keyword(doc, TYPE, item.type());
        doc.add(new StoredField(ID, item.id()));
        keyword(doc, COUNCIL, item.council().toString());
        doc.add(new StoredField(VISIBILITY, item.isPublic() ? PUBLIC : STAFF));
        for (String token : item.audience()) {
            doc.add(new StringField(AUDIENCE, token, Field.Store.NO));
        }
        doc.add(new StoredField(URL, item.url()));
        if (item.field() != null && !item.field().isBlank()) {
            keyword(doc, FIELD, item.field());
        }
        LocalDate date = item.date();
        if (date != null) {
            doc.add(new IntPoint(YEAR, date.getYear()));
            doc.add(new NumericDocValuesField(YEAR, date.getYear()));
            doc.add(new NumericDocValuesField(DATE, date.toEpochDay()));
            doc.add(new StoredField(DATE, date.toString()));
        }
        doc.add(new LongPoint(GENERATION, generation));
        doc.add(new StoredField(TITLE, item.title()));
        String text = item.text();
        doc.add(new StoredField(TEXT, text.length() > MAX_STORED_TEXT ? text.substring(0, MAX_STORED_TEXT) : text));
        for (String suffix : new String[] {
            VietnameseAnalysis.EXACT,
            VietnameseAnalysis.FOLDED,
            VietnameseAnalysis.PAIRS,
            VietnameseAnalysis.EXACT_PAIRS
        }) {
            doc.add(new TextField(TITLE + suffix, item.title(), Field.Store.NO));
            doc.add(new TextField(TEXT + suffix, text, Field.Store.NO));
        }
        return doc;
    }

    private static void keyword(Document doc, String name, String value) {
        doc.add(new StringField(name, value, Field.Store.YES));
        doc.add(new SortedDocValuesField(name, new BytesRef(value)));
    }
}
