package vn.hdndso.petitions.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.hdndso.petitions.internal.PlaceNames.Kind;
import vn.hdndso.petitions.internal.PlaceNames.Place;

/** Place names in petitions and their weight in grouping duplicates (docs/petitions.md, "Place"). */
class PlaceNamesUnitTest {

    private static final double AUTO_GROUP = TestProperties.defaults().autoGroupThreshold();
    private static final double SUGGEST = TestProperties.defaults().suggestThreshold();

    @Test
    void roadsAreReadInEveryWording() {
        Place leLoi = new Place(Kind.ROAD, "le loi");
        assertThat(PlaceNames.in("Đề nghị sửa chữa đường Lê Lợi, đoạn trước chợ bị sụt lún."))
                .containsExactly(leLoi);
        assertThat(PlaceNames.in("de nghi sua chua duong Le Loi doan truoc cho bi sut lun"))
                .containsExactly(leLoi);
        assertThat(PlaceNames.in("Mặt phố Lê Lợi nhiều ổ gà, xe máy đi lại nguy hiểm"))
                .containsExactly(leLoi);
        assertThat(PlaceNames.in("Tuyến đường Lê Lợi chưa có đèn chiếu sáng")).containsExactly(leLoi);
        assertThat(PlaceNames.in("Đường Nguyễn Thị Minh Khai ngập sâu mỗi khi mưa"))
                .containsExactly(new Place(Kind.ROAD, "nguyen thi minh khai"));
        assertThat(PlaceNames.in("Đoạn quốc lộ 10 qua xã xuống cấp; QL10 cần dải phân cách"))
                .containsExactly(new Place(Kind.ROAD, "ql 10"));
        assertThat(PlaceNames.in("Đường tỉnh ĐT 354 và tỉnh lộ 354 là một")).contains(new Place(Kind.ROAD, "dt 354"));
    }

    @Test
    void hamletsGroupsAndAlleysAreReadWithTheirNumbersOrNames() {
        assertThat(PlaceNames.in("Cử tri thôn Đông Hải đề nghị nạo vét kênh tưới"))
                .containsExactly(new Place(Kind.HAMLET, "dong hai"));
        assertThat(PlaceNames.in("Tổ dân phố số 5 phản ánh rác thải tồn đọng"))
                .containsExactly(new Place(Kind.HAMLET, "5"));
        assertThat(PlaceNames.in("Xóm 3 chưa có nhà văn hóa")).containsExactly(new Place(Kind.HAMLET, "3"));
        assertThat(PlaceNames.in("ấp Phú Mỹ thiếu nước sạch")).containsExactly(new Place(Kind.HAMLET, "phu my"));
        assertThat(PlaceNames.in("Ngõ 12B đường Tô Hiệu bị ngập"))
                .containsExactlyInAnyOrder(new Place(Kind.ALLEY, "12b"), new Place(Kind.ROAD, "to hieu"));
        assertThat(PlaceNames.in("Nhà văn hóa khu phố 2 xuống cấp")).containsExactly(new Place(Kind.HAMLET, "2"));
    }

    @Test
    void wordsThatOnlyLookLikePlacesNameNone() {
        assertThat(PlaceNames.in("Đề nghị đầu tư đường giao thông nông thôn, tổ chức thu gom rác"))
                .isEmpty();
        assertThat(PlaceNames.in("Điện áp 220 V không ổn định, Phó Chủ tịch UBND đã hứa kiểm tra"))
                .isEmpty();
        assertThat(PlaceNames.in("Thành phố Hải Phòng cần đầu tư thêm trường học"))
                .isEmpty();
        assertThat(PlaceNames.in("Đề nghị sửa đường. Lê Văn Tám là người phản ánh"))
                .isEmpty();
        assertThat(PlaceNames.in("de nghi sua duong le loi"))
                .as("all lower case: names unknown")
                .isEmpty();
        assertThat(PlaceNames.in("Đường Lê Lợi Phường An Biên")).containsExactly(new Place(Kind.ROAD, "le loi"));
    }

    @Test
    void onlyDifferentPlacesOfTheSameKindConflict() {
        var dong = PlaceNames.in("thôn Đông");
        var tay = PlaceNames.in("thôn Tây");
        var dongAndRoad = PlaceNames.in("đường Lê Lợi, thôn Đông");
        assertThat(PlaceNames.conflict(dong, tay)).isTrue();
        assertThat(PlaceNames.conflict(dong, dongAndRoad)).isFalse();
        assertThat(PlaceNames.conflict(dong, PlaceNames.in("đường Lê Lợi"))).isFalse();
        assertThat(PlaceNames.conflict(dong, PlaceNames.in("không nói nơi nào")))
                .isFalse();
        assertThat(PlaceNames.conflict(PlaceNames.in("đường Lê Lợi"), PlaceNames.in("đường Trần Phú")))
                .isTrue();
    }

    @Test
    void theSameComplaintInTwoHamletsOrOnTwoRoadsIsNotGroupedByItself() {
        String dong = "Đề nghị sửa chữa đường liên thôn qua thôn Đông bị xuống cấp, nhiều ổ gà sau mưa lũ";
        String tay = "Đề nghị sửa chữa đường liên thôn qua thôn Tây bị xuống cấp, nhiều ổ gà sau mưa lũ";
        assertThat(TextFeatures.similarity(TextFeatures.fingerprint(dong), TextFeatures.fingerprint(tay)))
                .as("by words alone they would be grouped")
                .isGreaterThanOrEqualTo(AUTO_GROUP);
        assertThat(Likeness.between(dong, tay)).isLessThan(AUTO_GROUP).isGreaterThanOrEqualTo(SUGGEST);

        String leLoi = "Cử tri tổ dân phố số 3 đề nghị lắp đèn chiếu sáng đường Lê Lợi vì buổi tối rất tối";
        String tranPhu = "Cử tri tổ dân phố số 3 đề nghị lắp đèn chiếu sáng đường Trần Phú vì buổi tối rất tối";
        assertThat(Likeness.between(leLoi, tranPhu)).isLessThan(AUTO_GROUP);

        String group5 = "Tổ dân phố số 5 đề nghị bố trí thêm điểm tập kết rác, rác tồn đọng nhiều ngày";
        String group7 = "Tổ dân phố số 7 đề nghị bố trí thêm điểm tập kết rác, rác tồn đọng nhiều ngày";
        assertThat(Likeness.between(group5, group7)).isLessThan(AUTO_GROUP);
    }

    @Test
    void theSameRoadInTwoWordingsIsOneIssue() {
        String written = "Đề nghị sửa chữa đường Lê Lợi bị hư hỏng";
        String folded = "de nghi sua chua duong Le Loi bi hu hong";
        String street = "Đề nghị sửa chữa phố Lê Lợi bị hư hỏng";
        assertThat(Likeness.between(written, folded)).isEqualTo(1.0);
        assertThat(Likeness.between(written, street)).isEqualTo(1.0);
        assertThat(Likeness.between(folded, street)).isEqualTo(1.0);
        assertThat(TextFeatures.similarity(TextFeatures.fingerprint(written), TextFeatures.fingerprint(street)))
                .as("by words alone the kind word differs")
                .isLessThan(1.0);
        assertThat(Likeness.between(
                        "Cử tri thôn Đông Hải đề nghị nạo vét kênh tưới tiêu bị bồi lắng",
                        "cu tri thon Dong Hai de nghi nao vet kenh tuoi tieu bi boi lang"))
                .isEqualTo(1.0);
    }

    @Test
    void theLabelledDuplicatesAreStillFoundAndKeptApart() throws IOException {
        List<PetitionTextUnitTest.Labelled> sample = PetitionTextUnitTest.sample();
        int truePairs = 0;
        int found = 0;
        int foundRight = 0;
        List<Likeness.Profile> profiles =
                sample.stream().map(l -> Likeness.Profile.of(l.text())).toList();
        for (int i = 0; i < sample.size(); i++) {
            for (int j = i + 1; j < sample.size(); j++) {
                boolean same = sample.get(i).group() == sample.get(j).group();
                truePairs += same ? 1 : 0;
                if (Likeness.between(profiles.get(i), profiles.get(j)) >= AUTO_GROUP) {
                    found++;
                    foundRight += same ? 1 : 0;
                }
            }
        }
        double precision = found == 0 ? 0 : (double) foundRight / found;
        double recall = (double) foundRight / truePairs;
        System.out.printf(
                "duplicates with places at %.2f: precision %.3f, recall %.3f (%d true pairs)%n",
                AUTO_GROUP, precision, recall, truePairs);
        assertThat(precision).isGreaterThanOrEqualTo(0.9);
        assertThat(recall).isGreaterThanOrEqualTo(0.5);
    }
}
