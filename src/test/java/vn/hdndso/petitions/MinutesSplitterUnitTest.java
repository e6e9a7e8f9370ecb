package vn.hdndso.petitions;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;

/** The minutes of voter-contact meetings, as councils write them, split into their statements. */
public class MinutesSplitterUnitTest {

    public static String minutes(String name) throws IOException {
        try (InputStream in = Objects.requireNonNull(
                MinutesSplitterUnitTest.class.getResourceAsStream("/petitions/minutes/" + name), name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void formalMinutesGiveTheVotersStatementsAndLeaveParticularsAnswersAndSignaturesOut() throws IOException {
        List<MinutesProposal> proposals = MinutesSplitter.split(minutes("bien-ban-thon-dong.txt"));

        assertThat(proposals).hasSize(5);
        MinutesProposal road = proposals.get(0);
        assertThat(road.voters()).containsExactly("Nguyễn Văn Hùng");
        assertThat(road.area()).isEqualTo("thôn Đông");
        assertThat(road.text())
                .startsWith("Tuyến đường liên thôn từ thôn Đông đi thôn Bắc")
                .endsWith("sửa chữa.");
        assertThat(proposals.get(1).voters()).containsExactly("Trần Thị Mai");
        assertThat(proposals.get(1).area()).isEqualTo("xóm 3");
        assertThat(proposals.get(1).text()).startsWith("Hệ thống kênh mương nội đồng");
        assertThat(proposals.get(2).voters()).containsExactly("Lê Văn Tám");
        assertThat(proposals.get(2).text()).startsWith("Hỏi về việc cấp giấy chứng nhận");
        MinutesProposal light = proposals.get(3);
        assertThat(light.voters()).containsExactly("Đỗ Thị Nhung");
        assertThat(light.area()).isEqualTo("tổ dân phố số 2");
        assertThat(light.text())
                .as("a statement running over two lines is one petition")
                .startsWith("Đề nghị lắp đặt thêm đèn chiếu sáng")
                .contains("đoạn từ cổng làng đến trường mầm non");
        assertThat(proposals.get(4).voters()).containsExactly("Phạm Văn Dũng", "Nguyễn Thị Lụa");
        assertThat(proposals.get(4).area()).isEqualTo("thôn Bắc");
        assertThat(proposals)
                .extracting(MinutesProposal::text)
                .noneMatch(t ->
                        t.contains("kế hoạch đầu tư công") || t.contains("86 người") || t.contains("báo cáo dự kiến"));
        assertThat(proposals).extracting(MinutesProposal::number).containsExactly(1, 2, 3, 4, 5);
    }

    @Test
    void numberedItemsUnderOneVoterKeepTheVoterAndTheAreaAndAnswersAreLeftOut() throws IOException {
        List<MinutesProposal> proposals = MinutesSplitter.split(minutes("bien-ban-danh-so.txt"));

        assertThat(proposals).extracting(MinutesProposal::text).noneMatch(t -> t.startsWith("Thời gian"));
        assertThat(proposals).hasSize(7);
        assertThat(proposals.get(0).voters()).containsExactly("Hoàng Văn Sơn");
        assertThat(proposals.get(0).area()).isEqualTo("khu phố Tân Lập");
        assertThat(proposals.get(0).text()).startsWith("Đề nghị cơ quan chức năng kiểm tra");
        assertThat(proposals.get(1).voters()).containsExactly("Hoàng Văn Sơn");
        assertThat(proposals.get(1).text()).startsWith("Đề nghị nâng cấp rãnh thoát nước");
        assertThat(proposals.get(2).voters()).containsExactly("Bùi Thị Hạnh");
        assertThat(proposals.get(2).area()).isEqualTo("tổ 7");
        assertThat(proposals.get(3).voters())
                .as("voters of an area, nobody named")
                .isEmpty();
        assertThat(proposals.get(3).area()).isEqualTo("khu phố Hòa Bình");
        assertThat(proposals.get(3).text()).startsWith("Đề nghị bố trí thêm phòng học");
        assertThat(proposals.get(4).voters()).containsExactly("Đinh Công Minh");
        assertThat(proposals.get(4).text()).startsWith("Phản ánh tình trạng trộm cắp vặt");
        assertThat(proposals.get(5).text()).contains("lắp camera an ninh");
        assertThat(proposals.get(6).voters()).containsExactly("Lương Thị Thu");
        assertThat(proposals.get(6).text()).startsWith("Chế độ phụ cấp");
        assertThat(proposals).extracting(MinutesProposal::text).noneMatch(t -> t.contains("trật tự đô thị sẽ giao"));
    }

    @Test
    void minutesWithoutDiacriticsAreSplitTheSameWay() throws IOException {
        List<MinutesProposal> proposals = MinutesSplitter.split(minutes("bien-ban-khong-dau.txt"));

        assertThat(proposals).hasSize(3);
        assertThat(proposals.get(0).voters()).containsExactly("Nguyen Van Hung");
        assertThat(proposals.get(0).area()).isEqualTo("thon Dong");
        assertThat(proposals.get(0).text()).startsWith("Duong lien thon");
        assertThat(proposals.get(1).voters()).containsExactly("Tran Thi Mai");
        assertThat(proposals.get(1).area()).isEqualTo("xom 5");
        assertThat(proposals.get(1).text()).startsWith("Kien nghi nao vet kenh muong");
        assertThat(proposals.get(2).voters()).containsExactly("Le Van Tam");
        assertThat(proposals).extracting(MinutesProposal::text).noneMatch(t -> t.contains("UBND xa se kiem tra"));
    }

    @Test
    void aBareListOfRequestsGivesOneProposalPerItem() throws IOException {
        List<MinutesProposal> proposals = MinutesSplitter.split(minutes("danh-sach-y-kien.txt"));

        assertThat(proposals)
                .extracting(MinutesProposal::text)
                .containsExactly(
                        "Đề nghị sửa chữa cầu tràn qua suối Nậm Lò, mùa lũ học sinh không đến trường được.",
                        "Đường điện hạ thế thôn Nam thường xuyên mất điện, điện áp yếu; đề nghị ngành điện nâng cấp trạm biến áp.",
                        "Đề nghị hỗ trợ giống cây trồng cho các hộ bị thiệt hại do bão số 3.",
                        "Trạm y tế xã thiếu thuốc điều trị bệnh mạn tính, người dân phải lên tuyến trên mua.");
        assertThat(proposals.get(1).area()).isEqualTo("thôn Nam");
        assertThat(proposals).allMatch(p -> p.voters().isEmpty());
    }

    @Test
    void nameLikeVerbsAndOfficialsReportsAreNotMistaken() {
        List<MinutesProposal> proposals = MinutesSplitter.split("""
                Ý kiến cử tri:
                Cử tri Nguyễn Văn Hội (xóm 2) phản ánh: cống thoát nước tại ngã tư bị tắc.
                Ông Trần Văn Nam, Chủ tịch UBND xã thay mặt lãnh đạo báo cáo đề nghị của cử tri.
                Bà Lê Thị Hỏi kiến nghị hỗ trợ hộ nghèo sửa nhà.
                """);

        assertThat(proposals).hasSize(2);
        assertThat(proposals.get(0).voters()).containsExactly("Nguyễn Văn Hội");
        assertThat(proposals.get(0).text()).isEqualTo("Cống thoát nước tại ngã tư bị tắc.");
        assertThat(proposals.get(1).voters()).containsExactly("Lê Thị Hỏi");
        assertThat(proposals.get(1).text()).isEqualTo("Kiến nghị hỗ trợ hộ nghèo sửa nhà.");
    }

    @Test
    void emptyOrUnrelatedTextProposesNothing() {
        assertThat(MinutesSplitter.split(null)).isEmpty();
        assertThat(MinutesSplitter.split("   ")).isEmpty();
        assertThat(MinutesSplitter.split("Hội nghị diễn ra tốt đẹp.\nThời gian: 8 giờ."))
                .isEmpty();
    }

    @Test
    void areasAreFoundWithOrWithoutMarksAndAmbiguousWordsAreNotAreas() {
        assertThat(VoterStatement.area(FoldedLine.of("ở tổ dân phố Tân Tiến phản ánh")))
                .isEqualTo("tổ dân phố Tân Tiến");
        assertThat(VoterStatement.area(FoldedLine.of("ấp Bình Hòa"))).isEqualTo("ấp Bình Hòa");
        assertThat(VoterStatement.area(FoldedLine.of("bản Nậm Cang"))).isEqualTo("bản Nậm Cang");
        assertThat(VoterStatement.area(FoldedLine.of("Tổ đại biểu số 2 báo cáo")))
                .isNull();
        assertThat(VoterStatement.area(FoldedLine.of("Ban Công tác Mặt trận"))).isNull();
        assertThat(VoterStatement.area(FoldedLine.of("khu vực chợ"))).isNull();
    }
}
