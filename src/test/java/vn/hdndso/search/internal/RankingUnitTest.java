package vn.hdndso.search.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.lucene.search.ScoreDoc;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.hdndso.search.SearchItem;

/** The ranking rules on a small index: exact marks first, phrases first, typos tolerated. */
class RankingUnitTest {

    private SearchIndex index;

    @BeforeEach
    void index(@TempDir Path dir) {
        index = new SearchIndex(dir);
        put("hoa", "Báo cáo về hoa và cây cảnh trong khuôn viên", "Trồng hoa, chăm sóc cây cảnh.");
        put("hoa2", "Báo cáo về hòa giải ở cơ sở", "Công tác hoà giải ở cơ sở năm 2025.");
        put("scattered", "Nhân dân góp ý về hội nghị", "Hội nghị lấy ý kiến nhân dân; đồng thuận cao.");
        put("phrase", "Báo cáo của Hội đồng nhân dân xã", "Hội đồng nhân dân xã họp thường kỳ.");
        put("ocr", "Ke hoach thuc hien Nghi quyét 57", "Thuc hién Nghi quyét 57-NQ/TW ngay 22/12/2024 cua HDND x4");
        index.commit();
    }

    @AfterEach
    void close() {
        index.close();
    }

    @Test
    void aWordTypedWithItsMarksRanksTheExactSpellingFirstWhateverTheTonePlacement() {
        assertThat(search("hòa")).first().isEqualTo("hoa2");
        assertThat(search("hoà")).first().isEqualTo("hoa2");
        assertThat(search("hoa")).contains("hoa", "hoa2");
        assertThat(search("hoa cây cảnh")).first().isEqualTo("hoa");
    }

    @Test
    void aPhraseRanksAboveTheSameSyllablesScattered() {
        assertThat(search("hoi dong nhan dan")).first().isEqualTo("phrase");
        assertThat(search("\"hội đồng nhân dân\"")).containsExactly("phrase");
    }

    @Test
    void findsOcrDamageAndTypos() {
        assertThat(search("Nghị quyết 57 của HĐND xã")).first().isEqualTo("ocr");
        assertThat(search("Nghi quyét HDND")).first().isEqualTo("ocr");
        assertThat(search("nghi quyeet")).first().isEqualTo("ocr");
        assertThat(search("hoa giair")).contains("hoa2");
    }

    @Test
    void aRebuildGenerationRemovesWhatTheDatabaseNoLongerHas() {
        long generation = index.nextGeneration();
        index.putUncommitted(item("phrase", "Báo cáo của Hội đồng nhân dân xã", ""), generation);
        index.finishGeneration(generation);
        assertThat(index.count()).isEqualTo(1);
        assertThat(index.contains("document:phrase")).isTrue();
    }

    private List<String> search(String q) {
        var query = QueryPlanner.plan(ParsedQuery.of(q));
        return index.read(searcher -> {
            try {
                var ids = new ArrayList<String>();
                for (ScoreDoc doc : searcher.search(query, 10).scoreDocs) {
                    ids.add(searcher.storedFields().document(doc.doc).get(IndexFields.ID));
                }
                return ids;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    private void put(String id, String title, String text) {
        index.putUncommitted(item(id, title, text), 1);
    }

    private static SearchItem item(String id, String title, String text) {
        return new SearchItem("document", id, KnownItems.COUNCIL, title, text, null, null, true, Set.of(), "/" + id);
    }
}
