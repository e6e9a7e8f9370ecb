package vn.hdndso.portal.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.hdndso.support.IntegrationTest;
import vn.hdndso.support.TestClient;

/** The page cache forgets a council's public pages when public content changes, and only then. */
@IntegrationTest
class PageCacheIntegrationTest {

    private static final String SLUG =
            "le-dai-hanh"; // no other test works in it: any event of its council empties its home
    private static final String HOME = "/" + SLUG;

    @Autowired
    TestClient client;

    @Autowired
    PageCache cache;

    @Test
    void aStaffOnlyChangeKeepsTheCachedPagesAndAPublicChangeEmptiesThem() {
        // a page rendered while any change was forgotten is not kept (generation check), and other
        // tests' changes are forgotten once more two seconds after them: visit until it is kept
        await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> {
            assertThat(client.get(HOME).status()).isEqualTo(200);
            assertThat(cache.get(HOME + "|")).as("kept after a visit").isPresent();
        });

        var unit = client.postJson(
                "/api/v1/councils/" + SLUG + "/executive-units",
                Map.of("name", "Phòng thử bộ nhớ đệm " + System.nanoTime(), "kind", "OFFICE"),
                TestClient.ADMIN,
                TestClient.ADMIN_PASSWORD);
        assertThat(unit.status()).as(unit.body()).isEqualTo(201);
        assertThat(cache.get(HOME + "|"))
                .as("a new People's Committee unit is not public")
                .isPresent();

        var delegate = client.postJson(
                "/api/v1/councils/" + SLUG + "/delegates",
                Map.of("fullName", "Đại biểu thử bộ nhớ đệm", "birthYear", 1980),
                TestClient.ADMIN,
                TestClient.ADMIN_PASSWORD);
        assertThat(delegate.status()).as(delegate.body()).isEqualTo(201);
        assertThat(cache.get(HOME + "|"))
                .as("a new delegate is on the council's home")
                .isEmpty();
    }
}
