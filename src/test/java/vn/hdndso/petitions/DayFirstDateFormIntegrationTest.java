package vn.hdndso.petitions;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.hdndso.shared.VnTime;
import vn.hdndso.support.IntegrationTest;
import vn.hdndso.support.TestClient;
import vn.hdndso.support.WebSession;

/**
 * A real form post with a day typed the Vietnamese way (05/09/yyyy, no JavaScript to convert it):
 * the server reads it, and an impossible day gets a clear Vietnamese field error (issue 19).
 */
@IntegrationTest
class DayFirstDateFormIntegrationTest {

    static final String SLUG = "kien-an";
    static final String PASSWORD = "Day-First-Date-2026";

    @Autowired
    TestClient client;

    @Test
    void aTransferDeadlineTypedDayFirstIsRead() {
        String clerk = TestClient.uniqueUsername("df.clerk");
        client.createUser(SLUG, clerk, PASSWORD, "Văn thư ngày tháng", "CLERK");
        String marker = "df" + UUID.randomUUID().toString().replace("-", "").substring(0, 8);
        var body = new LinkedHashMap<String, Object>();
        body.put("content", "Đề nghị sửa cống thoát nước " + marker + " ở chợ, mưa to là ngập cả lối đi.");
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
        var web = new WebSession(client);
        web.signIn(clerk, PASSWORD);
        String page = "/app/councils/" + SLUG + "/petitions/issues/" + issue;

        web.submit(
                page,
                page + "/transfer",
                Map.of("bodyKind", "CITY", "bodyName", "Sở Xây dựng thành phố", "deadline", "31/02/2030"));
        assertThat(web.get(page).body())
                .contains("Ngày không hợp lệ, hãy nhập theo dạng ngày/tháng/năm, ví dụ 05/09/2025");

        int year = LocalDate.now(VnTime.ZONE).getYear() + 1;
        var transferred = web.submit(
                page,
                page + "/transfer",
                Map.of("bodyKind", "CITY", "bodyName", "Sở Xây dựng thành phố", "deadline", "05/09/" + year));
        assertThat(WebSession.redirectPath(transferred)).isEqualTo(page);
        assertThat(web.get(page).body()).contains(">05/09/" + year + "</span>");
    }
}
