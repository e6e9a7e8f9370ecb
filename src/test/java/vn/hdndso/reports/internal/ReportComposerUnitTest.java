package vn.hdndso.reports.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ReportComposerUnitTest {

    @Test
    void writesEachTargetFromItsFigures() {
        ReportContent report = ReportComposer.compose(ReportFixtures.withFigures());

        assertThat(report.issuingBody()).containsExactly("HĐND PHƯỜNG NHỊ CHIỂU", "THƯỜNG TRỰC");
        assertThat(report.numberLine()).startsWith("Số:").endsWith("/BC-TTHĐND");
        assertThat(report.placeAndDate()).isEqualTo("Nhị Chiểu, ngày … tháng … năm …");
        assertThat(report.subject()).isEqualTo("Kết quả thực hiện Kế hoạch chuyển đổi số 6 tháng đầu năm 2026");
        assertThat(report.introduction().getFirst())
                .startsWith("Thực hiện Kế hoạch số 10/KH-TTHĐND của Thường trực HĐND phường Nhị Chiểu về thực hiện")
                .contains("(từ ngày 01/01/2026 đến ngày 30/06/2026)");
        assertThat(report.results()).hasSize(11);
        var t1 = report.results().getFirst();
        assertThat(t1.heading()).isEqualTo("1. Văn bản phát hành điện tử, có chữ ký số (T1)");
        assertThat(t1.target())
                .isEqualTo("Mục tiêu: 100% văn bản của HĐND được ký số, phát hành điện tử (hạn 31/12/2026)");
        assertThat(t1.result()).isEqualTo("Kết quả: 85,7% (12/14 văn bản)");
        assertThat(t1.assessment()).isEqualTo("Đánh giá: có nguy cơ không đạt mục tiêu đúng hạn");
        assertThat(t1.projection()).isEqualTo("Dự báo: theo xu hướng hiện nay, đến ngày 31/12/2026 đạt khoảng 92%.");
        assertThat(report.results().get(1).result()).isEqualTo("Kết quả: chưa có số liệu");
        assertThat(report.results().get(1).target())
                .isEqualTo("Mục tiêu (theo Nghị quyết số 57-NQ/TW): từ 100% (hạn 31/12/2026)");
        assertThat(report.results().get(2).result()).isEqualTo("Kết quả: 100% (3/3 kỳ họp)");
        assertThat(report.results().get(4).result()).isEqualTo("Kết quả: 2 kênh tiếp nhận");

        assertThat(report.table().getFirst().cells())
                .containsExactly(
                        "T1",
                        "Văn bản phát hành điện tử, có chữ ký số",
                        "85,7% (12/14)",
                        "Từ 100%, hạn 31/12/2026",
                        "Có nguy cơ không đạt mục tiêu đúng hạn");
        assertThat(report.table().get(1).value()).isEqualTo("Chưa có số liệu");
        assertThat(report.table().get(3).target()).isEqualTo("Từ 10% đến 30%, hạn 31/12/2026");
    }

    @Test
    void shortcomingsAreSentencesFromTheFiguresOfTargetsAtRiskOrNotMet() {
        ReportContent report = ReportComposer.compose(ReportFixtures.withFigures());

        assertThat(report.shortcomings())
                .containsExactly(
                        "Văn bản phát hành điện tử, có chữ ký số (T1) mới đạt 85,7% (12/14 văn bản), thấp hơn mục tiêu"
                                + " từ 100%; theo xu hướng hiện nay, đến ngày 31/12/2026 chỉ đạt khoảng 92%.",
                        "Hội nghị tiếp xúc cử tri trực tuyến hoặc kết hợp (T4) đạt 0% (0/4 hội nghị), không đạt mục"
                                + " tiêu từ 10% đến 30% đặt ra đến ngày 31/12/2026.",
                        "Chưa có số liệu để đánh giá 7 chỉ tiêu: T2, T6, T7, T8, T9, T10, T11.");
    }

    @Test
    void nextTasksPutThePlansTasksForWeakTargetsFirst() {
        ReportContent report = ReportComposer.compose(ReportFixtures.withFigures());

        assertThat(report.nextTasks().getFirst())
                .startsWith("Tập trung thực hiện các chỉ tiêu chưa đạt hoặc có nguy cơ không đạt: Văn bản phát hành");
        assertThat(report.nextTasks().get(1))
                .isEqualTo("Tổ chức tiếp xúc cử tri trực tuyến ít nhất một lần mỗi năm (Thường trực HĐND, UBND)");
        assertThat(report.nextTasks().get(2)).isEqualTo("Ghi hình các kỳ họp (Thường trực HĐND)");
        assertThat(report.recipients())
                .containsExactly(
                        "Thường trực HĐND thành phố Hải Phòng;",
                        "Thường trực Đảng ủy phường Nhị Chiểu;",
                        "UBND phường Nhị Chiểu;",
                        "Các Ban HĐND phường Nhị Chiểu;",
                        "Đại biểu HĐND phường Nhị Chiểu;",
                        "Lưu: VT.");
        assertThat(report.signerAuthority()).isEqualTo("TM. THƯỜNG TRỰC HĐND");
        assertThat(report.signerPosition()).isEqualTo("CHỦ TỊCH");
    }

    @Test
    void aPeriodWithoutDataSaysSoInWordsNeverZeroPercent() {
        ReportContent report = ReportComposer.compose(ReportFixtures.withoutData());

        assertThat(report.subject()).isEqualTo("Kết quả thực hiện Kế hoạch chuyển đổi số năm 2026");
        assertThat(report.introduction().getFirst()).startsWith("HĐND xã Không Số chưa có kế hoạch chuyển đổi số");
        assertThat(report.introduction().get(1)).endsWith("Trong kỳ báo cáo chưa có số liệu cho chỉ tiêu nào.");
        assertThat(report.results()).allSatisfy(r -> {
            assertThat(r.result()).isEqualTo("Kết quả: chưa có số liệu");
            assertThat(r.assessment()).isEqualTo("Đánh giá: chưa có số liệu");
            assertThat(r.projection()).isNull();
        });
        assertThat(report.table()).allSatisfy(row -> assertThat(row.value()).isEqualTo("Chưa có số liệu"));
        assertThat(report.shortcomings())
                .containsExactly(
                        "Chưa có số liệu để đánh giá 11 chỉ tiêu: T1, T2, T3, T4, T5, T6, T7, T8, T9, T10, T11.");
        assertThat(report.nextTasks())
                .containsExactly("Xây dựng, xác nhận Kế hoạch chuyển đổi số của HĐND xã Không Số trên hệ thống để theo"
                        + " dõi các chỉ tiêu theo mục tiêu của địa phương.");
    }

    @Test
    void percentagesAreWrittenTheVietnameseWay() {
        assertThat(ReportComposer.percent(85.714)).isEqualTo("85,7%");
        assertThat(ReportComposer.percent(100.0)).isEqualTo("100%");
        assertThat(ReportComposer.percent(0.0)).isEqualTo("0%");
        assertThat(ReportComposer.percent(33.35)).isEqualTo("33,4%");
    }
}
