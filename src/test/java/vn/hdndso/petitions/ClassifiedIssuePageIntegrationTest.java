package vn.hdndso.petitions;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.hdndso.support.IntegrationTest;
import vn.hdndso.support.TestClient;
import vn.hdndso.support.WebSession;

/**
 * After "Xác nhận phân loại" the issue's page says it is classified and waits to be sent to the
 * answering body, instead of still "Đang phân loại" (issue 19). In a council no other petitions
 * test uses.
 */
@IntegrationTest
class ClassifiedIssuePageIntegrationTest {

    static final String SLUG = "kien-an";
    static final String PASSWORD = "Classified-Pass-2026";

    @Autowired
    TestClient client;

    @Test
    void anIssueWhosePetitionsAreClassifiedSaysSo() {
        String clerk = TestClient.uniqueUsername("cl.clerk");
        client.createUser(SLUG, clerk, PASSWORD, "Văn thư phân loại", "CLERK");
        String marker = "mk" + UUID.randomUUID().toString().replace("-", "").substring(0, 8);
        var body = new LinkedHashMap<String, Object>();
        body.put("content", "Đề nghị sửa đường " + marker + " trước mùa mưa, mặt đường đã hỏng nhiều chỗ.");
        body.put("consent", true);
        body.put("channel", "WEB");
        assertThat(client.postJson("/api/v1/councils/" + SLUG + "/petitions", body)
                        .status())
                .isEqualTo(201);
        String issue = client.get("/api/v1/councils/" + SLUG + "/petition-issues?q=" + marker, clerk, PASSWORD)
                .json()
                .get("items")
                .get(0)
                .get("id")
                .asString();
        String petition = client.get("/api/v1/councils/" + SLUG + "/petition-issues/" + issue, clerk, PASSWORD)
                .json()
                .get("petitions")
                .get(0)
                .get("id")
                .asString();

        var web = new WebSession(client);
        web.signIn(clerk, PASSWORD);
        String page = "/app/councils/" + SLUG + "/petitions/issues/" + issue;
        assertThat(web.get(page).body()).contains("<dd id=\"issue-status\">Đang phân loại</dd>");
        var classified = web.submit(
                page,
                page + "/petitions/" + petition + "/classify",
                Map.of("field", "QUY_HOACH_XAY_DUNG_GIAO_THONG", "level", "COMMUNE"));
        assertThat(WebSession.redirectPath(classified)).isEqualTo(page);
        assertThat(web.get(page).body())
                .contains("<dd id=\"issue-status\">Đã phân loại – chờ chuyển cơ quan trả lời</dd>");
    }
}
