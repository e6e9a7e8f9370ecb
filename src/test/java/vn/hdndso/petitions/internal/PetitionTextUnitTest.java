package vn.hdndso.petitions.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.hdndso.petitions.CompetentLevel;

/** The Vietnamese text handling of petitions: classifier, duplicate similarity, de-identification, codes, limits. */
class PetitionTextUnitTest {

    /** A labelled petition: its paraphrase group, its field, its text. */
    record Labelled(int group, String field, String text) {}

    static List<Labelled> sample() throws IOException {
        try (InputStream in = PetitionTextUnitTest.class.getResourceAsStream("/petitions/labelled-petitions.tsv")) {
            List<Labelled> out = new ArrayList<>();
            String[] lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n");
            for (int i = 1; i < lines.length; i++) {
                String[] cells = lines[i].split("\t");
                if (cells.length == 3) {
                    out.add(new Labelled(Integer.parseInt(cells[0]), cells[1], cells[2]));
                }
            }
            return out;
        }
    }

    static PetitionsProperties properties() {
        return TestProperties.defaults();
    }

    @Test
    void theLearnerClassifiesHeldOutLegalArticlesByTopic() throws IOException {
        var result = ClassifierEvaluation.evaluate(ClassifierEvaluation.phapdien(), 0.1);
        System.out.printf(
                "phapdien: %d topics, train %d, test %d, accuracy %.3f%n",
                result.labels(), result.train(), result.test(), result.accuracy());
        assertThat(result.labels()).isEqualTo(9);
        assertThat(result.accuracy()).isGreaterThanOrEqualTo(0.85);
    }

    @Test
    void theFieldModelSuggestsTheFieldOfHeldOutPetitions() throws IOException {
        List<ClassifierEvaluation.Example> examples = sample().stream()
                .map(l -> new ClassifierEvaluation.Example(l.field(), l.text()))
                .toList();
        var rules = ClassifierEvaluation.evaluatePetitions(properties(), examples, false);
        var learnt = ClassifierEvaluation.evaluatePetitions(properties(), examples, true);
        System.out.printf(
                "petitions: keyword rules only %.3f, after learning from %d confirmed %.3f (test %d)%n",
                rules.accuracy(), learnt.train(), learnt.accuracy(), learnt.test());
        assertThat(rules.accuracy()).isGreaterThanOrEqualTo(0.85);
        assertThat(learnt.accuracy()).isGreaterThanOrEqualTo(rules.accuracy());
    }

    @Test
    void theLevelAndComplaintsFollowTheirWords() {
        var model = new FieldModel(properties());
        assertThat(model.suggest("Đề nghị sửa quốc lộ 10 đoạn qua xã").level()).isEqualTo(CompetentLevel.CITY);
        assertThat(model.suggest("Đề nghị sửa đổi Luật Đất đai về hạn mức giao đất")
                        .level())
                .isEqualTo(CompetentLevel.CENTRAL);
        assertThat(model.suggest("de nghi sua duong lien thon").level()).isEqualTo(CompetentLevel.COMMUNE);
        assertThat(model.suggest("Tôi tố cáo cán bộ địa chính nhận tiền").complaint())
                .isTrue();
        assertThat(model.suggest("toi khieu nai quyet dinh thu hoi dat").complaint())
                .isTrue();
        assertThat(model.suggest("Đề nghị sửa đường").complaint()).isFalse();
        assertThat(model.suggest("xyz qwv").field()).isEqualTo(PetitionsProperties.OTHER_FIELD);
        assertThat(model.suggest("de nghi tang cuong tuan tra ban dem vi trom cap ga vit xay ra nhieu o thon Dong")
                        .field())
                .isEqualTo("AN_NINH_TRAT_TU");
    }

    @Test
    void duplicatesAreFoundWithAndWithoutDiacriticsAndDifferentRequestsKeptApart() throws IOException {
        List<Labelled> sample = sample();
        double threshold = properties().autoGroupThreshold();
        int truePairs = 0;
        int found = 0;
        int foundRight = 0;
        for (int i = 0; i < sample.size(); i++) {
            for (int j = i + 1; j < sample.size(); j++) {
                boolean same = sample.get(i).group() == sample.get(j).group();
                double s = TextFeatures.similarity(
                        TextFeatures.fingerprint(sample.get(i).text()),
                        TextFeatures.fingerprint(sample.get(j).text()));
                if (same) {
                    truePairs++;
                }
                if (s >= threshold) {
                    found++;
                    if (same) {
                        foundRight++;
                    }
                }
            }
        }
        double precision = found == 0 ? 0 : (double) foundRight / found;
        double recall = (double) foundRight / truePairs;
        System.out.printf(
                "duplicates at %.2f: precision %.3f, recall %.3f (%d true pairs)%n",
                threshold, precision, recall, truePairs);
        assertThat(precision).isGreaterThanOrEqualTo(0.9);
        assertThat(recall).isGreaterThanOrEqualTo(0.5);
        assertThat(TextFeatures.similarity(
                        TextFeatures.fingerprint("Đề nghị sửa chữa đường liên thôn bị xuống cấp"),
                        TextFeatures.fingerprint("de nghi sua chua duong lien thon bi xuong cap")))
                .isEqualTo(1.0);
    }

    @Test
    void theFastFoldingAgreesWithTheSharedOne() {
        for (String syllable : TextFeatures.syllables(
                "Đề nghị sửa chữa đường liên thôn Đông – Tây; ổ gà, ngập úng, khiếu nại, tố cáo, Ủy ban, bảo hiểm y tế")) {
            assertThat(TextFeatures.fold(syllable)).isEqualTo(vn.hdndso.shared.VnText.fold(syllable));
        }
    }

    @Test
    void publishedTextLosesNamesPhonesEmailsAndHouseNumbers() {
        String text =
                "Ông Nguyễn Văn An (số nhà 12, ngõ 5) gọi 0912 345 678 hoặc an.nguyen@example.vn; bà Lan cũng đề nghị sửa đường.";
        String scrubbed = Deidentifier.scrub(text, List.of("Trần Thị Bích"), List.of("xóm Đình"));
        assertThat(scrubbed).doesNotContain("Nguyễn Văn An", "0912", "345 678", "an.nguyen", "12", "Lan");
        assertThat(scrubbed).contains("sửa đường", Deidentifier.HIDDEN);
        assertThat(Deidentifier.scrub("Chị Trần Thị Bích ở xóm Đình", List.of("Trần Thị Bích"), List.of("xóm Đình")))
                .doesNotContain("Bích", "Đình");
        assertThat(Deidentifier.scrub("Đường liên thôn dài 2 km, kinh phí 500 triệu", List.of(), List.of()))
                .isEqualTo("Đường liên thôn dài 2 km, kinh phí 500 triệu");
    }

    @Test
    void trackingCodesAreShortUnambiguousAndRandom() {
        Set<String> codes = new HashSet<>();
        for (int i = 0; i < 20_000; i++) {
            String code = TrackingCodes.next();
            assertThat(code).hasSize(10).doesNotContain("I", "O", "0", "1", "S", "Z");
            codes.add(code);
        }
        assertThat(codes).hasSize(20_000);
        assertThat(TrackingCodes.ALPHABET).hasSize(30);
        assertThat(TrackingCodes.parse(" abcde-fghjk ")).contains("ABCDEFGHJK");
        assertThat(TrackingCodes.parse("ABCDEFGHJ0")).isEmpty();
        assertThat(TrackingCodes.parse("SHORT")).isEmpty();
    }
}
