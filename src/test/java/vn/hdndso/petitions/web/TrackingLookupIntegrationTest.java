package vn.hdndso.petitions.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.hdndso.support.IntegrationTest;
import vn.hdndso.support.TestClient;

/**
 * The tracking lookup box sends a typed code to its page; a "code" with characters no code has
 * (braces made the redirect a URI template: 500) is told plainly that no petition has it.
 */
@IntegrationTest
class TrackingLookupIntegrationTest {

    @Autowired
    TestClient client;

    @Test
    void a_code_with_braces_or_slashes_is_not_found_not_an_error() {
        for (String typed : new String[] {"{x}", "AB{x}CD", "../../app", "A%2FB", "<script>"}) {
            var answer =
                    client.get("/hung-thang/kien-nghi/tra-cuu?ma=" + URLEncoder.encode(typed, StandardCharsets.UTF_8));
            assertThat(answer.status()).as(typed).isEqualTo(404);
            assertThat(answer.body()).as(typed).contains("Không tìm thấy kiến nghị với mã tra cứu này");
        }
    }

    @Test
    void a_well_formed_code_typed_with_spaces_still_goes_to_its_page() {
        var answer = client.get("/hung-thang/kien-nghi/tra-cuu?ma=ab12%20cd34");
        assertThat(answer.status()).isEqualTo(302);
        assertThat(answer.header("Location")).endsWith("/hung-thang/kien-nghi/tra-cuu/AB12CD34");
    }
}
