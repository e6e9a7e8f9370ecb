package vn.hdndso.petitions;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import vn.hdndso.support.IntegrationTest;
import vn.hdndso.support.TestClient;

/**
 * A new installation started with the demo content shows answers on Xã Lạc Phượng's public map:
 * the published demo issues carry points inside the council's configured area (only read here).
 */
@IntegrationTest
class DemoPetitionMapIntegrationTest {

    @Autowired
    TestClient client;

    @Test
    void theDemoCouncilsPublicMapShowsThePublishedDemoAnswersInsideItsArea() {
        var response = client.get("/api/v1/councils/lac-phuong/petition-map");
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        JsonNode map = response.json();
        JsonNode bbox = map.get("bbox");
        // hdnd.map.areas.lac-phuong: 4 km around 20.845 N, 106.392 E (not the whole city's box)
        assertThat(bbox.get(1).asDouble()).isBetween(20.80, 20.82);
        assertThat(bbox.get(3).asDouble()).isBetween(20.87, 20.89);
        List<String> titles = new ArrayList<>();
        for (JsonNode feature : map.get("features")) {
            double longitude = feature.get("geometry").get("coordinates").get(0).asDouble();
            double latitude = feature.get("geometry").get("coordinates").get(1).asDouble();
            assertThat(longitude).isBetween(bbox.get(0).asDouble(), bbox.get(2).asDouble());
            assertThat(latitude).isBetween(bbox.get(1).asDouble(), bbox.get(3).asDouble());
            titles.add(feature.get("properties").get("title").asString());
        }
        assertThat(titles)
                .as("the published demo answers: rubbish at the market, street lights in thôn Bắc")
                .anyMatch(t -> t.toLowerCase(Locale.ROOT).contains("rác"))
                .anyMatch(t -> t.contains("đèn chiếu sáng"));

        var page = client.get("/lac-phuong/kien-nghi/ban-do");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("đèn chiếu sáng");
    }
}
