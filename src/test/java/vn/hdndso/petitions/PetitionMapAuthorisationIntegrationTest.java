package vn.hdndso.petitions;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import vn.hdndso.support.IntegrationTest;
import vn.hdndso.support.TestClient;

/**
 * The public map of published answers (page and GeoJSON) for every kind of caller in Phường An
 * Biên: everyone gets the same public content, and no one — not the council's own staff either —
 * gets a voter's name, contact, text or own point through it.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PetitionMapAuthorisationIntegrationTest {

    static final String SLUG = "an-bien";
    static final String GEOJSON = "/api/v1/councils/" + SLUG + "/petition-map";
    static final String PAGE = "/" + SLUG + "/kien-nghi/ban-do";
    static final String NAME = "Phạm Thị Hoa Bản Đồ";
    static final String PHONE = "0912 555 013";

    enum Who {
        ANONYMOUS,
        CITY_ADMIN,
        COUNCIL_ADMIN,
        CLERK,
        DELEGATE,
        COMMITTEE_MEMBER,
        EXECUTIVE_OFFICER,
        FRONT_OFFICER,
        OTHER_COUNCIL_ADMIN
    }

    @Autowired
    TestClient client;

    final Map<Who, String> usernames = new EnumMap<>(Who.class);
    String issueId;
    String marker;

    @BeforeAll
    void setUp() {
        var fixture = new RoutingFixture(client, SLUG);
        usernames.put(Who.CITY_ADMIN, TestClient.ADMIN);
        usernames.put(Who.COUNCIL_ADMIN, fixture.account("ma.admin", "COUNCIL_ADMIN", null));
        usernames.put(Who.CLERK, fixture.account("ma.clerk", "CLERK", null));
        usernames.put(Who.DELEGATE, fixture.account("ma.delegate", "DELEGATE", null));
        usernames.put(Who.COMMITTEE_MEMBER, fixture.account("ma.committee", "COMMITTEE_MEMBER", null));
        usernames.put(Who.EXECUTIVE_OFFICER, fixture.account("ma.officer", "EXECUTIVE_OFFICER", null));
        usernames.put(Who.FRONT_OFFICER, fixture.account("ma.front", "FRONT_OFFICER", null));
        usernames.put(Who.OTHER_COUNCIL_ADMIN, fixture.account("le-chan", "ma.lechan", "COUNCIL_ADMIN", null));
        String clerk = usernames.get(Who.CLERK);
        String unit = fixture.unit("Phòng Kinh tế An Biên " + RoutingFixture.marker());
        marker = RoutingFixture.marker();
        var body = new HashMap<String, Object>();
        body.put(
                "content",
                "Tôi là " + NAME + ", điện thoại " + PHONE
                        + ". Đèn chiếu sáng ngõ 7 hỏng cả tháng, tối đi lại rất nguy hiểm " + marker);
        body.put("submitterName", NAME);
        body.put("contact", PHONE);
        body.put("consent", true);
        body.put("latitude", 20.8512345);
        body.put("longitude", 106.6856789);
        var sent = client.postJson("/api/v1/councils/" + SLUG + "/petitions", body);
        assertThat(sent.status()).as(sent.body()).isEqualTo(201);
        assertThat(sent.json().get("outsideArea").asBoolean()).isFalse();
        var found =
                client.get("/api/v1/councils/" + SLUG + "/petition-issues?q=" + marker, clerk, RoutingFixture.PASSWORD);
        issueId = found.json().get("items").get(0).get("id").asString();
        fixture.answerAndPublish(issueId, unit, clerk);
    }

    TestClient.Response get(Who who, String path) {
        return who == Who.ANONYMOUS
                ? client.get(path)
                : client.get(
                        path,
                        usernames.get(who),
                        who == Who.CITY_ADMIN ? TestClient.ADMIN_PASSWORD : RoutingFixture.PASSWORD);
    }

    @Test
    void everyCallerGetsTheSamePublicGeoJsonWithoutPersonalData() {
        String first = null;
        for (Who who : Who.values()) {
            var response = get(who, GEOJSON);
            assertThat(response.status()).as(who + ": " + response.body()).isEqualTo(200);
            assertThat(response.header("Content-Type")).as(who.name()).startsWith("application/geo+json");
            JsonNode feature = feature(response.json());
            assertThat(feature).as(who + " sees the published answer").isNotNull();
            assertThat(feature.get("geometry").get("coordinates").get(0).asDouble())
                    .isEqualTo(106.686);
            assertThat(feature.get("geometry").get("coordinates").get(1).asDouble())
                    .isEqualTo(20.851);
            assertThat(feature.get("properties").get("answerClass").asString()).isEqualTo("RESOLVED");
            assertThat(feature.get("properties").get("url").asString())
                    .isEqualTo("/" + SLUG + "/kien-nghi/tra-loi/" + issueId);
            assertThat(response.body())
                    .as(who + " never gets the voter's data")
                    .doesNotContain(
                            NAME,
                            "Hoa Bản Đồ",
                            PHONE,
                            "555 013",
                            "20.8512345",
                            "106.6856789",
                            "submitterName",
                            "contact");
            if (first == null) {
                first = response.body();
            } else {
                assertThat(response.body())
                        .as(who + " gets what the public gets")
                        .isEqualTo(first);
            }
        }
    }

    @Test
    void everyCallerGetsTheMapPageWithTheAnswerListedAndNoPersonalData() {
        for (Who who : Who.values()) {
            var page = get(who, PAGE);
            assertThat(page.status()).as(who.name()).isEqualTo(200);
            assertThat(page.body())
                    .as(who.name())
                    .contains(
                            "Bản đồ kết quả trả lời kiến nghị", "answer-" + issueId, "Đã giải quyết", "20.851, 106.686")
                    .doesNotContain(NAME, PHONE, "20.8512345");
        }
    }

    @Test
    void anUnknownCouncilIsAProblemNotAPage() {
        for (Who who : Who.values()) {
            var missing = get(who, "/api/v1/councils/khong-co-xa-nay/petition-map");
            assertThat(missing.status()).as(who.name()).isEqualTo(404);
            assertThat(missing.header("Content-Type")).startsWith("application/problem+json");
            assertThat(get(who, "/khong-co-xa-nay/kien-nghi/ban-do").status()).isEqualTo(404);
        }
    }

    private JsonNode feature(JsonNode collection) {
        assertThat(collection.get("type").asString()).isEqualTo("FeatureCollection");
        for (JsonNode f : collection.get("features")) {
            if (f.get("id").asString().equals(issueId)) {
                return f;
            }
        }
        return null;
    }
}
