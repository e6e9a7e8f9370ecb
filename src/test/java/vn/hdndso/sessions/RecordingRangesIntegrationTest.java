package vn.hdndso.sessions;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.hdndso.support.IntegrationTest;
import vn.hdndso.support.TestClient;

/** Byte ranges of a recording (the demo recording of Nhị Chiểu, read only): hostile ranges get 416, never 500. */
@IntegrationTest
class RecordingRangesIntegrationTest {

    @Autowired
    TestClient client;

    private String video() {
        var sessions = client.get("/api/v1/councils/nhi-chieu/sessions").json().get("items");
        var demo = sessions.valueStream()
                .filter(s -> s.get("demo").asBoolean())
                .findFirst()
                .orElseThrow();
        return "/nhi-chieu/ky-hop/" + demo.get("id").asString() + "/ghi-hinh";
    }

    private HttpResponse<byte[]> ranged(String path, String range) throws Exception {
        return HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(client.baseUrl() + path))
                                .header("Range", range)
                                .build(),
                        HttpResponse.BodyHandlers.ofByteArray());
    }

    @Test
    void an_overflowing_range_is_unsatisfiable_not_an_error() throws Exception {
        String video = video();
        for (String range : new String[] {
            "bytes=99999999999999999999-", "bytes=0-99999999999999999999", "bytes=-99999999999999999999"
        }) {
            var response = ranged(video, range);
            if (range.equals("bytes=0-99999999999999999999")) {
                // a last position past the end means "to the end" (RFC 9110 §14.1.2)
                assertThat(response.statusCode()).as(range).isEqualTo(206);
                assertThat(response.body()).hasSizeGreaterThan(8);
            } else if (range.startsWith("bytes=-")) {
                // a suffix longer than the file is the whole file
                assertThat(response.statusCode()).as(range).isEqualTo(206);
            } else {
                assertThat(response.statusCode()).as(range).isEqualTo(416);
                assertThat(response.headers().firstValue("Content-Range").orElseThrow())
                        .startsWith("bytes */");
            }
        }
    }

    @Test
    void a_range_in_the_middle_gives_those_bytes() throws Exception {
        String video = video();
        var whole = client.getBytes(video, null, null).body();
        var part = ranged(video, "bytes=4-7");
        assertThat(part.statusCode()).isEqualTo(206);
        assertThat(new String(part.body(), java.nio.charset.StandardCharsets.ISO_8859_1))
                .isEqualTo("ftyp");
        assertThat(part.headers().firstValue("Content-Range").orElseThrow()).isEqualTo("bytes 4-7/" + whole.length);
    }
}
