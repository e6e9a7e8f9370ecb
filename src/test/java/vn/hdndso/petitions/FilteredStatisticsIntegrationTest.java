package vn.hdndso.petitions;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.hdndso.support.IntegrationTest;
import vn.hdndso.support.TestClient;
import vn.hdndso.support.WebSession;

/**
 * The statistics tiles and bars of the staff petitions list count exactly what the filtered view
 * lists (issue 19), not the whole council.
 */
@IntegrationTest
class FilteredStatisticsIntegrationTest {

    static final String SLUG = "kien-an";
    static final String PASSWORD = "Filtered-Stats-2026";

    @Autowired
    TestClient client;

    @Test
    void theTilesCountWhatTheFilteredListShows() {
        String clerk = TestClient.uniqueUsername("fs.clerk");
        client.createUser(SLUG, clerk, PASSWORD, "Văn thư thống kê", "CLERK");
        String marker = "fs" + UUID.randomUUID().toString().replace("-", "").substring(0, 8);
        // texts no other test of this council writes, so that none joins another test's issue as a duplicate
        submit("Kiến nghị xây lại cầu tràn " + marker
                + " ở xóm Bắc, sau đợt lũ cầu sạt lở, học sinh phải lội qua suối.");
        submit("Đề nghị lắp đèn chiếu sáng " + marker + "x ở ngõ chợ, buổi tối rất tối và nguy hiểm.");
        submit("Đề nghị nạo vét kênh thủy lợi của xã trước vụ lúa, kênh đã bồi lấp lâu ngày.");
        String issue = null;
        for (var item : client.get("/api/v1/councils/" + SLUG + "/petition-issues?q=" + marker, clerk, PASSWORD)
                .json()
                .get("items")) {
            if (item.get("title").asString().contains("đèn")) {
                issue = item.get("id").asString();
            }
        }
        assertThat(issue).isNotNull();
        String petition = client.get("/api/v1/councils/" + SLUG + "/petition-issues/" + issue, clerk, PASSWORD)
                .json()
                .get("petitions")
                .get(0)
                .get("id")
                .asString();

        var web = new WebSession(client);
        web.signIn(clerk, PASSWORD);
        String list = "/app/councils/" + SLUG + "/petitions";
        String everything = web.get(list).body();
        assertThat(tile(everything, "kiến nghị")).isGreaterThanOrEqualTo(3);

        String filtered = web.get(list + "?q=" + marker).body();
        assertThat(filtered).contains("<p class=\"count\">2 vấn đề</p>");
        assertThat(tile(filtered, "kiến nghị")).isEqualTo(2);
        assertThat(tile(filtered, "vấn đề")).isEqualTo(2);
        assertThat(tile(filtered, "đã xác nhận phân loại")).isZero();
        assertThat(tile(filtered, "đang tồn đọng")).isEqualTo(2);

        String page = list + "/issues/" + issue;
        web.submit(
                page,
                page + "/petitions/" + petition + "/classify",
                Map.of("field", "AN_NINH_TRAT_TU", "level", "COMMUNE"));
        String byField =
                web.get(list + "?q=" + marker + "&field=AN_NINH_TRAT_TU").body();
        assertThat(byField).contains("<p class=\"count\">1 vấn đề</p>");
        assertThat(tile(byField, "kiến nghị")).isEqualTo(1);
        assertThat(tile(byField, "vấn đề")).isEqualTo(1);
        assertThat(tile(byField, "đã xác nhận phân loại")).isEqualTo(1);
        // one bar, full length, with the value 1
        String bars = byField.substring(
                byField.indexOf("<ul class=\"bars\">"),
                byField.indexOf("</ul>", byField.indexOf("<ul class=\"bars\">")));
        assertThat(bars.split("<li>", -1)).hasSize(2);
        assertThat(bars).contains("width=\"100\"").contains("<span class=\"bar-value\">1</span>");
    }

    private void submit(String content) {
        var body = new LinkedHashMap<String, Object>();
        body.put("content", content);
        body.put("consent", true);
        body.put("channel", "WEB");
        assertThat(client.postJson("/api/v1/councils/" + SLUG + "/petitions", body)
                        .status())
                .isEqualTo(201);
    }

    private static long tile(String html, String label) {
        Matcher m = Pattern.compile(
                        "<p class=\"stat[^\"]*\"><strong>(\\d+)</strong>\\s*<span>" + Pattern.quote(label) + "</span>")
                .matcher(html);
        assertThat(m.find()).as("tile " + label).isTrue();
        return Long.parseLong(m.group(1));
    }
}
