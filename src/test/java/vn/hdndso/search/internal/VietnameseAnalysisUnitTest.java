package vn.hdndso.search.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import org.junit.jupiter.api.Test;

class VietnameseAnalysisUnitTest {

    @Test
    void unifiesTonePlacementCaseAndUnicodeForms() {
        String nfd = Normalizer.normalize("hòa", Normalizer.Form.NFD);
        assertThat(VietnameseText.exact("hòa"))
                .isEqualTo(VietnameseText.exact("hoà"))
                .isEqualTo(VietnameseText.exact("HOÀ"))
                .isEqualTo(VietnameseText.exact(nfd))
                .isEqualTo("hoa2");
        assertThat(VietnameseText.exact("thủy")).isEqualTo(VietnameseText.exact("thuỷ"));
        assertThat(VietnameseText.exact("hoa")).isEqualTo("hoa").isNotEqualTo(VietnameseText.exact("hòa"));
    }

    @Test
    void keepsVowelMarksInTheExactFormAndDropsEverythingInTheFoldedOne() {
        assertThat(VietnameseText.exact("Đồng")).isEqualTo("đông2");
        assertThat(VietnameseText.exact("đông")).isEqualTo("đông");
        assertThat(VietnameseText.folded("Đồng")).isEqualTo("dong");
        assertThat(VietnameseText.folded("Nghị quyết")).isEqualTo("nghi quyet");
        assertThat(VietnameseText.folded("HĐND")).isEqualTo("hdnd");
        assertThat(VietnameseText.hasMarks("quyết")).isTrue();
        assertThat(VietnameseText.hasMarks("Quyet")).isFalse();
    }

    @Test
    void analysesFieldsIntoExactFoldedAndSyllablePairs() {
        var analyzer = VietnameseAnalysis.perField();
        assertThat(VietnameseAnalysis.tokens(analyzer, "text_e", "Hội đồng nhân dân HOÀ BÌNH"))
                .containsExactly("hôi5", "đông2", "nhân", "dân", "hoa2", "binh2");
        assertThat(VietnameseAnalysis.tokens(analyzer, "text_f", "Nghị quyết 57-NQ/TW của HĐND"))
                .containsExactly("nghi", "quyet", "57", "nq", "tw", "cua", "hdnd");
        assertThat(VietnameseAnalysis.tokens(analyzer, "text_s", "Kế hoạch chuyển đổi số"))
                .containsExactly("ke hoach", "hoach chuyen", "chuyen doi", "doi so");
    }

    @Test
    void takesAnyTypedTextApartWithoutSyntaxErrors() {
        assertThat(ParsedQuery.of("title:* ~ \\ && || ( [ *:*").words()).containsExactly("title");
        assertThat(ParsedQuery.of("!!! ... ???").isEmpty()).isTrue();
        assertThat(ParsedQuery.of("").isEmpty()).isTrue();

        ParsedQuery phrase = ParsedQuery.of("kế hoạch \"chuyển đổi số\" xã");
        assertThat(phrase.phrases()).containsExactly(java.util.List.of("chuyển", "đổi", "số"));
        assertThat(phrase.loose()).containsExactly("kế", "hoạch", "xã");

        ParsedQuery unbalanced = ParsedQuery.of("\"chuyển đổi số");
        assertThat(unbalanced.phrases()).isEmpty();
        assertThat(unbalanced.loose()).containsExactly("chuyển", "đổi", "số");
        assertThat(ParsedQuery.of("“hội đồng”").phrases()).hasSize(1);

        assertThat(ParsedQuery.of("từ ".repeat(1000)).words()).hasSize(ParsedQuery.MAX_WORDS);
    }

    @Test
    void marksMatchesInEscapedSnippets() {
        String text = "Căn cứ <Luật> Tổ chức chính quyền địa phương; Nghị quyết về chuyển đổi số của xã.";
        String snippet = Snippets.snippet(text, java.util.List.of("chuyen", "doi", "so"));
        assertThat(snippet)
                .contains("<mark>chuyển</mark> <mark>đổi</mark> <mark>số</mark>")
                .contains("&lt;Luật&gt;")
                .doesNotContain("<Luật>");
        assertThat(Snippets.mark("Nghi quyét HDND", java.util.List.of("nghi", "quyet", "hdnd")))
                .isEqualTo("<mark>Nghi</mark> <mark>quyét</mark> <mark>HDND</mark>");
        assertThat(Snippets.oneEditAway("chuyen", "chuyén".replace('é', 'e'))).isTrue();
        assertThat(Snippets.oneEditAway("chuyen", "chuyan")).isTrue();
        assertThat(Snippets.oneEditAway("chuyen", "chuyenn")).isTrue();
        assertThat(Snippets.oneEditAway("chuyen", "chxyxn")).isFalse();
    }

    @Test
    void aQueryIsOneFlatDisjunctionWithoutAMinimumMatchSoThatDamagedWordsDoNotLoseTheItem() {
        var plan = (org.apache.lucene.search.BooleanQuery)
                QueryPlanner.plan(ParsedQuery.of("kế hoạch chuyen doi so"), word -> true);
        assertThat(plan.getMinimumNumberShouldMatch()).isZero();
        assertThat(plan.clauses())
                .allMatch(c -> c.occur() == org.apache.lucene.search.BooleanClause.Occur.SHOULD)
                .noneMatch(c -> c.query() instanceof org.apache.lucene.search.BooleanQuery);
        // five words (folded in title and text, exact for the two with marks) and four pairs
        // (folded, and exact for the two pairs with a word typed with marks, in title and text)
        assertThat(plan.clauses()).hasSize(5 * 2 + 2 * 2 + 4 * 2 + 2 * 2);
        var quoted = (org.apache.lucene.search.BooleanQuery)
                QueryPlanner.plan(ParsedQuery.of("\"chuyen doi so\" ke"), word -> true);
        assertThat(quoted.clauses())
                .filteredOn(c -> c.occur() == org.apache.lucene.search.BooleanClause.Occur.MUST)
                .hasSize(1);
    }
}
