package vn.hdndso.portal.internal;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.ServletException;
import java.io.IOException;
import java.time.Clock;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import vn.hdndso.councils.Councils;
import vn.hdndso.support.IntegrationTest;
import vn.hdndso.support.TestClient;

/**
 * The public cache neither holds large downloads in memory nor lets a random query parameter
 * bypass it, and its memory is bounded in bytes.
 */
@IntegrationTest
class PublicCachingLimitsIntegrationTest {

    @Autowired
    TestClient client;

    @Autowired
    PageCache cache;

    @Autowired
    PublicCachingFilter filter;

    @Autowired
    Councils councils;

    @Autowired
    Clock clock;

    @Test
    void an_unknown_query_parameter_does_not_bypass_the_cache() {
        String random = UUID.randomUUID().toString();
        var response = client.get("/thien-huong?x=" + random);
        assertThat(response.status()).isEqualTo(200);
        assertThat(cache.get("/thien-huong?x=" + random + "|")).isEmpty();
        assertThat(cache.get("/thien-huong|"))
                .as("kept under the address without x")
                .isPresent();
        var again = client.get("/thien-huong?utm_source=" + random);
        assertThat(again.body()).isEqualTo(response.body());
    }

    @Test
    void a_parameter_the_route_reads_stays_in_the_key() {
        String q = "ky-hop-" + UUID.randomUUID();
        assertThat(client.get("/?q=" + q + "&x=1").status()).isEqualTo(200);
        assertThat(cache.get("/?q=" + q + "|")).as("the front page reads q").isPresent();
    }

    @Test
    void a_response_larger_than_a_cache_entry_is_streamed_not_buffered() throws ServletException, IOException {
        var request = new MockHttpServletRequest("GET", "/thien-huong/du-lieu-mo/large.csv");
        request.setRequestURI("/thien-huong/du-lieu-mo/large.csv");
        var response = new MockHttpServletResponse();
        long[] seenWhileWriting = {-1};
        filter.doFilter(request, response, (req, res) -> {
            res.setContentType("text/csv");
            ((jakarta.servlet.http.HttpServletResponse) res).setHeader("ETag", "\"from-metadata\"");
            byte[] chunk = new byte[64 * 1024];
            var out = res.getOutputStream();
            for (int i = 0; i < 64; i++) { // 4 MB
                out.write(chunk);
                if (i == 32) {
                    seenWhileWriting[0] = response.getContentAsByteArray().length;
                }
            }
        });
        assertThat(seenWhileWriting[0])
                .as("bytes reached the client while the body was still being written")
                .isGreaterThan(0);
        assertThat(response.getContentAsByteArray()).hasSize(4 * 1024 * 1024);
        assertThat(response.getHeader("ETag")).isEqualTo("\"from-metadata\"");
        assertThat(cache.get("/thien-huong/du-lieu-mo/large.csv|")).isEmpty();
    }
}
