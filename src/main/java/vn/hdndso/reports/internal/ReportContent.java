package vn.hdndso.reports.internal;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What a report of the standing committee says, in the order of the Decree 30 layout, ready to be
 * written as DOCX or PDF: both writers print exactly this, so both hold the same words and figures.
 *
 * @param issuingBody the issuing body's lines, top-left ("HĐND PHƯỜNG NHỊ CHIỂU", "THƯỜNG TRỰC")
 * @param numberLine "Số:      /BC-TTHĐND", the number left blank for issuing
 * @param placeAndDate "Nhị Chiểu, ngày … tháng … năm …", the date left blank for issuing
 * @param subject the subject line (trích yếu) under the title
 * @param introduction the opening paragraphs
 * @param results the targets, one by one
 * @param table every indicator in one row
 * @param shortcomings sentences about the targets at risk or not met, and those without data
 * @param nextTasks what is to be done next
 * @param recipients the recipients (nơi nhận), the last one "Lưu: VT."
 */
record ReportContent(
        List<String> issuingBody,
        String numberLine,
        String placeAndDate,
        String title,
        String subject,
        List<String> introduction,
        List<TargetResult> results,
        List<IndicatorRow> table,
        List<String> shortcomings,
        List<String> nextTasks,
        List<String> recipients,
        String signerAuthority,
        String signerPosition) {

    static final String NATIONAL_TITLE = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM";
    static final String MOTTO = "Độc lập - Tự do - Hạnh phúc";
    static final String RESULTS_HEADING = "I. KẾT QUẢ THỰC HIỆN CÁC MỤC TIÊU";
    static final String TABLE_HEADING = "Bảng tổng hợp các chỉ tiêu";
    static final String SHORTCOMINGS_HEADING = "II. TỒN TẠI, HẠN CHẾ";
    static final String TASKS_HEADING = "III. PHƯƠNG HƯỚNG, NHIỆM VỤ THỜI GIAN TỚI";
    static final String RECIPIENTS_HEADING = "Nơi nhận:";
    static final List<String> TABLE_COLUMNS = List.of("Mã", "Chỉ tiêu", "Kết quả", "Mục tiêu", "Đánh giá");

    /** The sentence that ends the text: "Trên đây là báo cáo kết quả … của Thường trực HĐND./.". */
    String closingSentence() {
        return "Trên đây là báo cáo " + ReportComposer.lowerFirst(subject) + " của Thường trực HĐND./.";
    }

    ReportContent {
        issuingBody = List.copyOf(issuingBody);
        introduction = List.copyOf(introduction);
        results = List.copyOf(results);
        table = List.copyOf(table);
        shortcomings = List.copyOf(shortcomings);
        nextTasks = List.copyOf(nextTasks);
        recipients = List.copyOf(recipients);
    }

    /**
     * One target's result.
     *
     * @param heading "1. Văn bản phát hành điện tử có chữ ký số (T1)"
     * @param target "Mục tiêu: …" in the plan's words, with its deadline
     * @param result "Kết quả: đạt 85,7% (12/14 văn bản)" or "Kết quả: chưa có số liệu"
     * @param assessment "Đánh giá: …" the status in words
     * @param projection "Dự báo: …" where the trend leads by the deadline, if there is a trend
     */
    record TargetResult(
            String heading,
            String target,
            String result,
            String assessment,
            @Nullable String projection) {

        List<String> lines() {
            return projection == null
                    ? List.of(target, result, assessment)
                    : List.of(target, result, assessment, projection);
        }
    }

    /** A row of the table: code, name, value, target, status, as printed. */
    record IndicatorRow(String code, String name, String value, String target, String status) {

        List<String> cells() {
            return List.of(code, name, value, target, status);
        }
    }
}
