package vn.hdndso.sessions.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.hdndso.support.IntegrationTest;
import vn.hdndso.support.TestClient;

/**
 * The conferencing link of a session is for the council's own people: its delegates and staff see
 * it in the API; the public, another council's administrator and OParl do not.
 */
@IntegrationTest
class MeetingLinkIntegrationTest {

    private static final String SLUG = "gia-phuc";
    private static final String PASSWORD = "Meeting-Link-2026";
    private static final String LINK = "https://hop.example.vn/phong-hop-bi-mat-";

    @Autowired
    TestClient client;

    @Test
    void the_link_reaches_members_only() {
        String link = LINK + TestClient.uniqueUsername("p");
        Map<String, Object> body = new HashMap<>();
        body.put("title", "Kỳ họp thử đường dẫn");
        body.put("startsAt", "2027-03-01T08:00:00+07:00");
        body.put("kind", "REGULAR");
        body.put("place", "Hội trường xã");
        body.put("onlineUrl", link);
        var created = client.postJson(
                "/api/v1/councils/" + SLUG + "/sessions", body, TestClient.ADMIN, TestClient.ADMIN_PASSWORD);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String id = created.json().get("id").asString();
        String path = "/api/v1/councils/" + SLUG + "/sessions/" + id;
        var convened = client.request("POST", path + "/convene", null, TestClient.ADMIN, TestClient.ADMIN_PASSWORD);
        assertThat(convened.status()).as(convened.body()).isEqualTo(200);

        String delegate = TestClient.uniqueUsername("linkdeleg");
        client.createUser(SLUG, delegate, PASSWORD, "Đại Biểu Thử Đường Dẫn", "DELEGATE");
        String clerk = TestClient.uniqueUsername("linkclerk");
        client.createUser(SLUG, clerk, PASSWORD, "Văn Thư Thử Đường Dẫn", "CLERK");
        String stranger = TestClient.uniqueUsername("linkother");
        client.createUser("duong-kinh", stranger, PASSWORD, "Quản Trị Nơi Khác", "COUNCIL_ADMIN");

        assertThat(client.get(path, delegate, PASSWORD).body()).contains(link);
        assertThat(client.get(path, clerk, PASSWORD).body()).contains(link);
        assertThat(client.get(path, TestClient.ADMIN, TestClient.ADMIN_PASSWORD).body())
                .contains(link);

        var anonymous = client.get(path);
        assertThat(anonymous.status()).isEqualTo(200);
        assertThat(anonymous.body()).contains("Kỳ họp thử đường dẫn").doesNotContain(link);
        var other = client.get(path, stranger, PASSWORD);
        assertThat(other.body()).doesNotContain(link);

        var oparl = client.get("/oparl/v1/bodies/" + SLUG + "/meetings/" + id);
        assertThat(oparl.status()).isEqualTo(200);
        assertThat(oparl.body()).contains("Kỳ họp thử đường dẫn").doesNotContain(link);
        assertThat(client.get("/oparl/v1/bodies/" + SLUG + "/meetings").body()).doesNotContain(link);
    }
}
