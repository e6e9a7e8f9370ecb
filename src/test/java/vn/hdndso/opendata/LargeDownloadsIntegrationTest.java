package vn.hdndso.opendata;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import vn.hdndso.support.IntegrationTest;
import vn.hdndso.support.TestClient;
import vn.hdndso.support.TestClient.Part;

/**
 * A dataset larger than a cache entry is streamed from the database to the client (no
 * Content-Length: it was never held whole), complete and in order, with its entity tag.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LargeDownloadsIntegrationTest {

    private static final String SLUG = "nam-trieu";
    private static final String PASSWORD = "Large-Downloads-2026";
    private static final String API = "/api/v1/councils/" + SLUG;
    private static final int COPIES = 40;

    @Autowired
    TestClient client;

    private String id = "";
    private int rows;

    @BeforeAll
    void dataset() throws Exception {
        String chair = TestClient.uniqueUsername("large.downloads");
        client.createUser(SLUG, chair, PASSWORD, "Chủ tịch thử tải lớn", "COUNCIL_ADMIN");
        var created = client.postJson(
                API + "/datasets",
                Map.of(
                        "title",
                        "Dự án đầu tư (tải lớn)",
                        "theme",
                        "BUDGET",
                        "updateFrequency",
                        "ANNUAL",
                        "period",
                        "2025"),
                chair,
                PASSWORD);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        id = created.json().get("id").asString();
        List<String> lines = Files.readAllLines(Path.of("testdata/opendata/investment-projects-2023-commune.csv"));
        var csv = new StringBuilder(lines.getFirst()).append('\n');
        for (int copy = 0; copy < COPIES; copy++) {
            for (String line : lines.subList(1, lines.size())) {
                csv.append(line.replaceFirst("^PR", "PR" + copy + "-")).append('\n');
                rows++;
            }
        }
        var imported = client.postMultipart(
                API + "/datasets/" + id + "/imports",
                List.of(Part.file(
                        "file", "du-lieu.csv", "text/csv", csv.toString().getBytes(StandardCharsets.UTF_8))),
                chair,
                PASSWORD);
        assertThat(imported.status()).as(imported.body()).isEqualTo(201);
        var published = client.request("POST", API + "/datasets/" + id + "/publish", null, chair, PASSWORD);
        assertThat(published.status()).as(published.body()).isEqualTo(200);
    }

    @Test
    void a_large_csv_is_streamed_whole() throws Exception {
        HttpResponse<InputStream> response = stream("/" + SLUG + "/du-lieu-mo/" + id + ".csv");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Length"))
                .as("never held whole")
                .isEmpty();
        assertThat(response.headers().firstValue("ETag")).isPresent();
        String body = read(response);
        assertThat(body.length()).isGreaterThan(512 * 1024);
        assertThat(body.split("\r\n")).hasSize(rows + 1);
        assertThat(body).contains("PR39-2300047768-00");
    }

    @Test
    void a_large_json_is_streamed_whole() throws Exception {
        HttpResponse<InputStream> response = stream("/" + SLUG + "/du-lieu-mo/" + id + ".json");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Length")).isEmpty();
        String body = read(response);
        assertThat(body).startsWith("{").endsWith("]}").contains("PR0-2300047768-00");
    }

    private HttpResponse<InputStream> stream(String path) throws Exception {
        return HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(client.baseUrl() + path))
                                .build(),
                        HttpResponse.BodyHandlers.ofInputStream());
    }

    private static String read(HttpResponse<InputStream> response) throws Exception {
        try (InputStream in = response.body()) {
            var out = new ByteArrayOutputStream();
            in.transferTo(out);
            return out.toString(StandardCharsets.UTF_8);
        }
    }
}
