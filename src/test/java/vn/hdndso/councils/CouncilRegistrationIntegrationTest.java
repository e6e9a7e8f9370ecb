package vn.hdndso.councils;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.hdndso.support.IntegrationTest;
import vn.hdndso.support.TestClient;

@IntegrationTest
class CouncilRegistrationIntegrationTest {

    @Autowired
    Councils councils;

    @Autowired
    TestClient client;

    @Test
    void registersTheCityCouncilAndOnePerCommuneLevelUnitOfHaiPhong() {
        List<Council> all = councils.all();
        assertThat(all).hasSize(115);
        assertThat(all.getFirst().name()).isEqualTo("Thành phố Hải Phòng");
        assertThat(all.getFirst().slug()).isEqualTo("thanh-pho");
        assertThat(all.stream().filter(c -> c.type() == CouncilType.XA)).isNotEmpty();
        assertThat(all.stream().filter(c -> !c.isProvincial()))
                .allSatisfy(
                        c -> assertThat(c.parentId()).isEqualTo(all.getFirst().id()));
    }

    @Test
    void derivesSlugsFromTheUnitNameWithoutDiacritics() {
        assertThat(councils.findBySlug("lac-phuong")).get().satisfies(c -> {
            assertThat(c.code()).isEqualTo("11140");
            assertThat(c.name()).isEqualTo("Xã Lạc Phượng");
            assertThat(c.type()).isEqualTo(CouncilType.XA);
        });
        assertThat(councils.findBySlug("nhi-chieu")).get().satisfies(c -> {
            assertThat(c.code()).isEqualTo("10714");
            assertThat(c.type()).isEqualTo(CouncilType.PHUONG);
        });
    }

    @Test
    void searchMatchesWithAndWithoutDiacritics() {
        assertThat(councils.search("lac phuong")).extracting(Council::code).containsExactly("11140");
        assertThat(councils.search("Lạc Phượng")).extracting(Council::code).containsExactly("11140");
        assertThat(councils.search("NHI CHIEU")).extracting(Council::code).containsExactly("10714");
        assertThat(councils.search("11140")).extracting(Council::slug).containsExactly("lac-phuong");
        assertThat(councils.search("zzzz khong co")).isEmpty();
    }

    @Test
    void listsAllCouncilsInOneDefaultPageOfTheApi() {
        var response = client.get("/api/v1/councils");
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json().get("total").asInt()).isEqualTo(115);
        assertThat(response.json().get("items")).hasSize(115);
        assertThat(response.json()
                        .get("items")
                        .valueStream()
                        .map(i -> i.get("code").asString()))
                .contains("11140", "10714", "31");
    }

    @Test
    void givesEachCouncilACurrentTermWithItsStandingCommitteeAndCommittees() {
        Council lacPhuong = councils.requireBySlug("lac-phuong");
        var page = client.get("/lac-phuong");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body())
                .contains("Xã Lạc Phượng")
                .contains("Nhiệm kỳ 2026–2031")
                .contains("Thường trực Hội đồng nhân dân")
                .contains("Ban Kinh tế - Ngân sách")
                .contains("Ban Văn hóa - Xã hội");
        assertThat(lacPhuong.type()).isEqualTo(CouncilType.XA);
    }

    @Test
    void theFrontPageCountsTheCityCouncilsByKindAndFindsThemWithoutDiacritics() {
        var page = client.get("/");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("115 Hội đồng nhân dân — HĐND thành phố và 45 phường, 67 xã, 2 đặc khu");
        var search = client.get("/?q=lac%20phuong");
        assertThat(search.body()).contains("Tìm thấy 1 kết quả").contains("href=\"/lac-phuong\"");
    }
}
