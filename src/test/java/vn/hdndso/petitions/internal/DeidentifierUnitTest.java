package vn.hdndso.petitions.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** What the de-identifier removes from texts that are published: identity numbers, phones, e-mail, the petitioner's name. */
class DeidentifierUnitTest {

    private static String scrub(String text, String name) {
        return Deidentifier.scrub(text, List.of(name), List.of());
    }

    @Test
    void citizenIdentityNumbersAreRemovedWithOrWithoutGrouping() {
        String text = "Tôi có CCCD số 001089012345, đề nghị cấp lại giấy tờ. Mã thẻ 036 185 004 321 của vợ tôi.";
        String out = scrub(text, "Không Liên Quan");
        assertThat(out).doesNotContain("001089012345").doesNotContain("036 185 004 321");
        assertThat(out).contains("đề nghị cấp lại giấy tờ");
        assertThat(scrub("CMND số 012345678 đã hết hạn", "X Y Z")).doesNotContain("012345678");
    }

    @Test
    void landlinesAndMobilesAreRemovedInTheirUsualWritings() {
        for (String phone : List.of(
                "024 3825 1234",
                "(024) 3825 1234",
                "024.3825.1234",
                "0236 3822 111",
                "+84 24 3825 1234",
                "0912 345 678",
                "0912.345.678",
                "+84912345678",
                "84 912 345 678")) {
            String out = scrub("Liên hệ " + phone + " để biết thêm chi tiết.", "X Y Z");
            assertThat(out)
                    .as(phone)
                    .doesNotContain(phone)
                    .contains(Deidentifier.HIDDEN)
                    .contains("để biết thêm");
        }
        // amounts, years and areas stay
        assertThat(scrub("Đường dài 2 km, kinh phí 1.500.000.000 đồng, năm 2024 và 2025, diện tích 383,2m2.", "X Y Z"))
                .contains("1.500.000.000")
                .contains("2024 và 2025")
                .contains("383,2m2");
    }

    @Test
    void emailAddressesAreRemovedAlsoWhenWrittenWithAt() {
        assertThat(scrub("Gửi thư tới nguyen.van.an@gmail.com hoặc an_nv@hanoi.gov.vn nhé.", "X Y Z"))
                .doesNotContain("gmail")
                .doesNotContain("hanoi.gov.vn")
                .contains("nhé");
        assertThat(scrub("email: nguyenvanan (at) yahoo (dot) com", "X Y Z")).doesNotContain("yahoo");
    }

    @Test
    void thePetitionersOwnNameIsRemovedWhereverItAppearsWithoutAFormOfAddress() {
        String name = "Nguyễn Văn An";
        String text = "Nguyễn Văn An, thôn Đông, phản ánh đường hỏng. Hộ NGUYỄN VĂN AN và gia đình nguyen van an"
                + " đã nhiều lần đề nghị; Văn An cho biết nước ngập vào nhà.";
        String out = scrub(text, name);
        assertThat(out).doesNotContainIgnoringCase("nguyễn văn an").doesNotContainIgnoringCase("nguyen van an");
        assertThat(out).doesNotContain("Văn An");
        assertThat(out).contains("phản ánh đường hỏng").contains("nước ngập vào nhà");
        // a syllable that merely starts like the name is kept
        assertThat(scrub("Trạm y tế Annam mới xây", "Lê An")).contains("Annam");
    }

    @Test
    void theFormOfAddressRuleStillHidesOtherNamedPeople() {
        assertThat(scrub("Bà Trần Thị Hoa bán hàng lấn chiếm vỉa hè", "X Y Z")).doesNotContain("Trần Thị Hoa");
    }
}
