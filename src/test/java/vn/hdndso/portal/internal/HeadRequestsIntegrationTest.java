package vn.hdndso.portal.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.hdndso.support.IntegrationTest;
import vn.hdndso.support.TestClient;

/**
 * A {@code HEAD} answers with the headers a {@code GET} of the same address would: the entity tag
 * and cache policy (so a cache or a link checker can revalidate) and the security headers.
 */
@IntegrationTest
class HeadRequestsIntegrationTest {

    private static final List<String> SAME = List.of(
            "ETag",
            "Cache-Control",
            "Vary",
            "Content-Type",
            "Content-Security-Policy",
            "X-Content-Type-Options",
            "X-Frame-Options",
            "Referrer-Policy");

    @Autowired
    TestClient client;

    @Test
    void head_of_a_public_page_not_yet_cached_has_the_headers_of_its_get() {
        // hung-thang's feed: a page no other test opens, so the HEAD comes first and renders it
        String path = "/hung-thang/feed.atom";
        var head = client.request("HEAD", path, null, null, null);
        var get = client.get(path);

        assertThat(head.status()).isEqualTo(200);
        assertThat(head.body()).isEmpty();
        assertThat(get.status()).isEqualTo(200);
        assertThat(head.header("ETag")).isNotNull();
        assertThat(head.header("Cache-Control")).startsWith("public, max-age=");
        for (String name : SAME) {
            assertThat(head.header(name)).as(name).isEqualTo(get.header(name));
        }
    }

    @Test
    void head_of_a_page_that_is_never_cached_has_its_security_headers() {
        var head = client.request("HEAD", "/login", null, null, null);
        var get = client.get("/login");

        for (String name : List.of("Cache-Control", "Content-Security-Policy", "X-Frame-Options", "Referrer-Policy")) {
            assertThat(head.header(name)).as(name).isEqualTo(get.header(name));
        }
    }
}
