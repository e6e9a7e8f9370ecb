package vn.hdndso.opendata;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.hdndso.support.IntegrationTest;
import vn.hdndso.support.TestClient;

/**
 * An anonymous download of a bulk export that was never made does not build it in the request
 * (before: every such request built the whole ZIP): it is told to come back, and the export is made
 * once in the background. Phường Thiên Hương has no export until this test asks.
 */
@IntegrationTest
class BulkExportOnDemandIntegrationTest {

    private static final String ZIP = "/thien-huong/du-lieu-mo/tai-ve.zip";

    @Autowired
    TestClient client;

    @Test
    void a_visitor_is_told_to_come_back_while_the_export_is_made_once() throws InterruptedException {
        var first = client.get(ZIP);
        assertThat(first.status()).isEqualTo(503);
        assertThat(first.header("Retry-After")).isEqualTo("30");
        assertThat(first.header("Content-Type")).startsWith("application/problem+json");
        assertThat(first.json().path("detail").asString()).contains("đang được chuẩn bị");

        TestClient.BinaryResponse zip = client.getBytes(ZIP, null, null);
        for (int i = 0; i < 120 && zip.status() == 503; i++) {
            Thread.sleep(500);
            zip = client.getBytes(ZIP, null, null);
        }
        assertThat(zip.status()).isEqualTo(200);
        assertThat(new String(zip.body(), 0, 2, java.nio.charset.StandardCharsets.ISO_8859_1))
                .isEqualTo("PK");
    }
}
