package vn.hdndso.petitions;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import vn.hdndso.support.IntegrationTest;
import vn.hdndso.support.TestClient;

/**
 * A petition's place in Phường Lê Chân (its area in the test settings: 3 km around 20.846,
 * 106.678): from the API, Open311 and the public form, a point outside the area is kept and flagged
 * for the clerk and stays off the public map; the places petitions name keep two hamlets' requests
 * apart and one road's two wordings together.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PetitionLocationIntegrationTest {

    static final String SLUG = "le-chan";
    static final String API = "/api/v1/councils/" + SLUG;

    @Autowired
    TestClient client;

    RoutingFixture fixture;
    String clerk;

    @BeforeAll
    void setUp() {
        fixture = new RoutingFixture(client, SLUG);
        clerk = fixture.account("loc.clerk", "CLERK", null);
    }

    TestClient.Response submit(String content, Double latitude, Double longitude) {
        var body = new HashMap<String, Object>();
        body.put("content", content);
        body.put("consent", true);
        body.put("latitude", latitude);
        body.put("longitude", longitude);
        return client.postJson(API + "/petitions", body);
    }

    JsonNode staffView(String trackingCode) {
        var list = client.get(API + "/petitions?size=500", clerk, RoutingFixture.PASSWORD);
        assertThat(list.status()).as(list.body()).isEqualTo(200);
        for (JsonNode p : list.json().get("items")) {
            if (p.get("trackingCode").asString().equals(trackingCode.replace("-", ""))) {
                return p;
            }
        }
        throw new AssertionError("petition " + trackingCode + " not in the list");
    }

    @Test
    void aPointOutsideTheAreaIsKeptFlaggedAndLeftOffThePublicMap() {
        String inside = RoutingFixture.marker();
        var in = submit("Cống thoát nước ngõ 15 bị vỡ nắp, đề nghị thay nắp cống mới " + inside, 20.847, 106.679);
        assertThat(in.status()).as(in.body()).isEqualTo(201);
        assertThat(in.json().get("outsideArea").asBoolean()).isFalse();

        String outside = RoutingFixture.marker();
        var out = submit("Biển báo giao thông ở ngã tư bị đổ, đề nghị dựng lại biển báo " + outside, 21.0285, 105.8542);
        assertThat(out.status()).as("kept, not refused: " + out.body()).isEqualTo(201);
        assertThat(out.json().get("outsideArea").asBoolean()).isTrue();
        assertThat(staffView(out.json().get("trackingCode").asString())
                        .get("outsideArea")
                        .asBoolean())
                .isTrue();
        assertThat(staffView(in.json().get("trackingCode").asString())
                        .get("outsideArea")
                        .asBoolean())
                .isFalse();

        var half = submit("Đề nghị sửa đèn đường bị hỏng ở đầu ngõ " + RoutingFixture.marker(), 20.85, null);
        assertThat(half.status()).isEqualTo(400);
        assertThat(half.header("Content-Type")).startsWith("application/problem+json");
        assertThat(half.body()).contains("latitude", "vĩ độ");

        // both answered and published: only the one inside the area is on the map
        String unit = fixture.unit("Phòng Kinh tế Lê Chân " + RoutingFixture.marker());
        String inIssue = issueOf(inside);
        String outIssue = issueOf(outside);
        fixture.answerAndPublish(inIssue, unit, clerk);
        fixture.answerAndPublish(outIssue, unit, clerk);
        String geo = client.get(API + "/petition-map").body();
        assertThat(geo).contains(inIssue, "[106.679,20.847]").doesNotContain(outIssue, "105.854");

        // the clerk sees the flag on the issue page
        var session = new vn.hdndso.support.WebSession(client);
        session.signIn(clerk, RoutingFixture.PASSWORD);
        var page = session.get("/app/councils/" + SLUG + "/petitions/issues/" + outIssue);
        assertThat(page.body()).contains("Vị trí ngoài địa bàn");
        assertThat(session.get("/app/councils/" + SLUG + "/petitions/issues/" + inIssue)
                        .body())
                .doesNotContain("Vị trí ngoài địa bàn");
    }

    @Test
    void open311AndThePublicFormCarryThePointToo() {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("jurisdiction_id", SLUG);
        p.put("service_code", "QUY_HOACH_XAY_DUNG_GIAO_THONG");
        p.put(
                "description",
                "Vỉa hè bị lấn chiếm làm nơi đỗ xe, người đi bộ phải đi xuống lòng đường " + RoutingFixture.marker());
        p.put("lat", "10.7769");
        p.put("long", "106.7009");
        p.put("attribute[consent]", "true");
        var created =
                client.postBytes("/open311/v2/requests.json", "application/x-www-form-urlencoded", form(p), null, null);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String code = created.json().get(0).get("service_request_id").asString();
        JsonNode view = staffView(code);
        assertThat(view.get("outsideArea").asBoolean())
                .as("Thành phố Hồ Chí Minh is not Lê Chân")
                .isTrue();

        Map<String, String> f = new LinkedHashMap<>();
        f.put("content", "Cây xanh bị gãy đổ chắn lối đi sau bão, đề nghị dọn dẹp " + RoutingFixture.marker());
        f.put("latitude", "20,8455");
        f.put("longitude", "106.6772");
        f.put("consent", "true");
        var voter = new vn.hdndso.support.WebSession(client);
        String form = "/" + SLUG + "/kien-nghi";
        var page = voter.submit(form, form, f);
        assertThat(page.status()).as(page.body()).isEqualTo(201);
        assertThat(page.body()).doesNotContain("id=\"outside-area\"");
        f.put("content", "Cây xanh bị gãy đổ chắn lối đi sau bão, đề nghị dọn dẹp " + RoutingFixture.marker());
        f.put("latitude", "20.95");
        var far = voter.submit(form, form, f);
        assertThat(far.status()).isEqualTo(201);
        assertThat(far.body()).contains("id=\"outside-area\"", "nằm ngoài địa bàn");
    }

    @Test
    void twoHamletsStayTwoIssuesAndOneRoadInTwoWordingsIsOne() {
        String marker = RoutingFixture.marker();
        assertThat(submit(
                                "Đề nghị nạo vét mương thoát nước thôn Đông bị bồi lắng, mưa là ngập đường " + marker,
                                null,
                                null)
                        .status())
                .isEqualTo(201);
        assertThat(submit(
                                "Đề nghị nạo vét mương thoát nước thôn Tây bị bồi lắng, mưa là ngập đường " + marker,
                                null,
                                null)
                        .status())
                .isEqualTo(201);
        assertThat(issues(marker).size()).as("two hamlets, two issues").isEqualTo(2);

        String road = RoutingFixture.marker();
        assertThat(submit("Đề nghị sửa chữa mặt đường Lê Lợi bị bong tróc, nhiều ổ gà " + road, null, null)
                        .status())
                .isEqualTo(201);
        assertThat(submit("de nghi sua chua mat pho Le Loi bi bong troc, nhieu o ga " + road, null, null)
                        .status())
                .isEqualTo(201);
        JsonNode one = issues(road);
        assertThat(one.size()).as("one road, one issue").isEqualTo(1);
        assertThat(one.get(0).get("petitionCount").asInt()).isEqualTo(2);
    }

    private JsonNode issues(String marker) {
        var found = client.get(API + "/petition-issues?q=" + marker, clerk, RoutingFixture.PASSWORD);
        assertThat(found.status()).as(found.body()).isEqualTo(200);
        return found.json().get("items");
    }

    private String issueOf(String marker) {
        JsonNode items = issues(marker);
        assertThat(items.size()).isEqualTo(1);
        return items.get(0).get("id").asString();
    }

    static byte[] form(Map<String, String> params) {
        return params.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"))
                .getBytes(StandardCharsets.UTF_8);
    }
}
