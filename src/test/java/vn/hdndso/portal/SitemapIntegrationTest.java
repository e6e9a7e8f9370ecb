package vn.hdndso.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;
import vn.hdndso.support.IntegrationTest;
import vn.hdndso.support.TestClient;

/** {@code /sitemap.xml} lists public sessions, published answers and published datasets, never a planned session. */
@IntegrationTest
class SitemapIntegrationTest {

    @Autowired
    TestClient client;

    List<String> locations() throws Exception {
        var response = client.get("/sitemap.xml");
        assertThat(response.status()).isEqualTo(200);
        var factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        Document doc = factory.newDocumentBuilder()
                .parse(new ByteArrayInputStream(response.body().getBytes(StandardCharsets.UTF_8)));
        NodeList locs = doc.getElementsByTagNameNS("http://www.sitemaps.org/schemas/sitemap/0.9", "loc");
        List<String> out = new ArrayList<>();
        for (int i = 0; i < locs.getLength(); i++) {
            out.add(locs.item(i).getTextContent());
        }
        return out;
    }

    @Test
    void publicSessionsAnswersAndDatasetsAreInTheSitemap() throws Exception {
        var planned = client.postJson(
                "/api/v1/councils/lac-phuong/sessions",
                Map.of(
                        "title", "Kỳ họp chưa triệu tập " + UUID.randomUUID(),
                        "kind", "REGULAR",
                        "startsAt", "2027-05-10T08:00:00+07:00"),
                TestClient.ADMIN,
                TestClient.ADMIN_PASSWORD);
        assertThat(planned.status()).as(planned.body()).isEqualTo(201);
        String plannedId = planned.json().get("id").asString();

        List<String> locs = locations();
        assertThat(locs).anyMatch(l -> l.matches(".*/nhi-chieu/ky-hop/[0-9a-f-]{36}"));
        assertThat(locs).anyMatch(l -> l.endsWith("/lac-phuong/ky-hop"));
        assertThat(locs).anyMatch(l -> l.endsWith("/lac-phuong/chi-so"));
        assertThat(locs)
                .anyMatch(l -> l.endsWith("/chi-so") && !l.endsWith("/lac-phuong/chi-so") && l.split("/").length == 4);
        assertThat(locs).anyMatch(l -> l.matches(".*/[a-z0-9-]+/kien-nghi/tra-loi/[0-9a-f-]{36}"));
        assertThat(locs).anyMatch(l -> l.matches(".*/[a-z0-9-]+/du-lieu-mo/[0-9a-f-]{36}"));
        assertThat(locs).noneMatch(l -> l.contains(plannedId));

        client.request(
                "POST",
                "/api/v1/councils/lac-phuong/sessions/" + plannedId + "/convene",
                null,
                TestClient.ADMIN,
                TestClient.ADMIN_PASSWORD);
        assertThat(locations()).anyMatch(l -> l.endsWith("/lac-phuong/ky-hop/" + plannedId));

        String answer = locs.stream()
                .filter(l -> l.contains("/kien-nghi/tra-loi/"))
                .findFirst()
                .orElseThrow();
        assertThat(client.get(java.net.URI.create(answer).getRawPath()).status())
                .isEqualTo(200);
        String dataset = locs.stream()
                .filter(l -> l.matches(".*/du-lieu-mo/[0-9a-f-]{36}"))
                .findFirst()
                .orElseThrow();
        assertThat(client.get(java.net.URI.create(dataset).getRawPath()).status())
                .isEqualTo(200);
    }
}
