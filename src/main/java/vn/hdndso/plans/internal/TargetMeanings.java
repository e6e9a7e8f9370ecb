package vn.hdndso.plans.internal;

import java.util.Map;
import org.jspecify.annotations.Nullable;
import vn.hdndso.plans.TargetCode;

/**
 * Which of T1–T12 a target or task means, from the words councils use for each (folded, so OCR
 * text without diacritics reads the same), with a confidence: the best score's lead over the
 * runner-up, damped while the best score itself is weak. Below the bar the answer is "unsure"
 * and the clerk maps it.
 */
final class TargetMeanings {

    /** The least score a mapping needs. */
    static final double MIN_SCORE = 3.0;

    /** The least confidence a mapping needs. */
    static final double MIN_CONFIDENCE = 0.35;

    private static final Cues<TargetCode> CUES = Cues.<TargetCode>builder()
            .cue(
                    TargetCode.T1,
                    "chu ky so",
                    3,
                    "ky so",
                    1.5,
                    "quan ly van ban",
                    2,
                    "dieu hanh dien tu",
                    2,
                    "van ban",
                    1,
                    "phat hanh",
                    1,
                    "van ban dien tu",
                    1)
            .cue(
                    TargetCode.T2,
                    "so hoa",
                    2.5,
                    "tai lieu",
                    1,
                    "ky hop",
                    1,
                    "pdf",
                    1.5,
                    "phan mem quan ly ky hop",
                    2,
                    "in an",
                    1.5,
                    "tai lieu ky hop",
                    1.5)
            .cue(TargetCode.T3, "ghi hinh", 3.5, "phat truc tiep", 2, "video", 1.5, "ky hop", 0.5, "livestream", 2)
            .cue(
                    TargetCode.T4,
                    "tiep xuc cu tri",
                    2.5,
                    "buoi tiep xuc",
                    2,
                    "truc tuyen",
                    1.5,
                    "ket hop truc tuyen",
                    1.5,
                    "hinh thuc truc tuyen",
                    1)
            .cue(
                    TargetCode.T5,
                    "fanpage",
                    2,
                    "zalo",
                    1.5,
                    "cong thong tin",
                    1,
                    "gui y kien",
                    2,
                    "moi luc moi noi",
                    2.5,
                    "kenh",
                    1,
                    "gui kien nghi",
                    2)
            .cue(
                    TargetCode.T6,
                    "phan loai",
                    3,
                    "tong hop",
                    1,
                    "kien nghi cu tri",
                    1.5,
                    "y kien kien nghi",
                    1.5,
                    "co so du lieu",
                    1)
            .cue(
                    TargetCode.T7,
                    "dang tai cong khai",
                    3.5,
                    "cong khai",
                    1,
                    "ket qua giam sat",
                    1.5,
                    "bao cao hoat dong",
                    1.5,
                    "trang thong tin dien tu",
                    1.5,
                    "nghi quyet",
                    0.5)
            .cue(
                    TargetCode.T8,
                    "quy hoach",
                    2,
                    "ngan sach",
                    2,
                    "du an dau tu",
                    2,
                    "du lieu mo",
                    2,
                    "de dang tiep can",
                    1)
            .cue(
                    TargetCode.T9,
                    "tap huan",
                    3,
                    "ky nang so",
                    2.5,
                    "thanh thao",
                    3,
                    "boi duong",
                    1.5,
                    "cong cu so",
                    1,
                    "dai bieu",
                    0.5)
            .cue(
                    TargetCode.T10,
                    "chia se du lieu",
                    3,
                    "ket noi",
                    2,
                    "lien thong",
                    1,
                    "mttq",
                    1.5,
                    "to chuc chinh tri xa hoi",
                    1)
            .cue(
                    TargetCode.T11,
                    "chat van",
                    3,
                    "giai trinh",
                    2,
                    "giam sat viec trien khai",
                    2.5,
                    "giam sat chuyen de",
                    1.5,
                    "giam sat",
                    0.5)
            .cue(
                    TargetCode.T12,
                    "kpi",
                    3,
                    "bo tieu chi",
                    2.5,
                    "danh gia muc do chuyen doi so",
                    2,
                    "so ket tong ket",
                    2,
                    "bao cao ket qua thuc hien",
                    2,
                    "dinh ky 6 thang",
                    2)
            .build();

    private TargetMeanings() {}

    /** A mapping, or an unsure one with a null code. */
    record Meaning(@Nullable TargetCode code, double confidence) {}

    static Meaning of(String text) {
        Map<TargetCode, Double> scores = CUES.scores(Skeleton.of(text));
        TargetCode best = null;
        double first = 0;
        double second = 0;
        for (var entry : scores.entrySet()) {
            double score = entry.getValue();
            if (score > first) {
                second = first;
                first = score;
                best = entry.getKey();
            } else if (score > second) {
                second = score;
            }
        }
        if (best == null) {
            return new Meaning(null, 0);
        }
        double confidence = (first - second) / first * Math.min(1, first / (2 * MIN_SCORE));
        confidence = Math.round(confidence * 100) / 100.0;
        return first >= MIN_SCORE && confidence >= MIN_CONFIDENCE
                ? new Meaning(best, confidence)
                : new Meaning(null, confidence);
    }
}
