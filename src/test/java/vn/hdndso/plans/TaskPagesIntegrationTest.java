package vn.hdndso.plans;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.UUID;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.hdndso.support.IntegrationTest;
import vn.hdndso.support.TestClient;
import vn.hdndso.support.WebSession;

/** The task pages: the lists with their counts, and a refused form that keeps what was typed. */
@IntegrationTest
class TaskPagesIntegrationTest {

    static final String PAGES = "/app/councils/nhi-chieu/tasks";

    @Autowired
    TestClient client;

    @Test
    void theClerkSeesTheOverdueTasksAndAllTasksByBody() {
        var clerk = new WebSession(client);
        clerk.signIn("nhichieu.vanthu", "hdnd-demo-2026");

        Document overdue = Jsoup.parse(clerk.get(PAGES + "?view=overdue").body());
        assertThat(overdue.select("ul.chips a.active").text()).startsWith("Quá hạn");
        assertThat(overdue.select("li.card.task")).isNotEmpty();
        assertThat(overdue.select("li.card.task .badge.overdue").text()).contains("Quá hạn");
        assertThat(overdue.select("p.counts").text()).contains("quá hạn");

        Document all = Jsoup.parse(clerk.get(PAGES + "?view=all").body());
        assertThat(all.select(".task-group h3").eachText()).contains("Thường trực Hội đồng nhân dân");
        assertThat(all.select("li.card.task .badge.ok").eachText()).contains("Hoàn thành");
        assertThat(all.select("a[aria-current=page]").eachText()).anyMatch(t -> t.startsWith("Nhiệm vụ"));
    }

    @Test
    void aRefusedUpdateShowsItsMessageAndKeepsTheNote() {
        var created = client.postJson(
                "/api/v1/councils/nhi-chieu/tasks",
                Map.of(
                        "text", "Cập nhật cổng thông tin " + UUID.randomUUID(),
                        "dueOn",
                                LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"))
                                        .plusDays(20)
                                        .toString(),
                        "assignee", Map.of("body", "STANDING_COMMITTEE")),
                TestClient.ADMIN,
                TestClient.ADMIN_PASSWORD);
        String page = PAGES + "/" + created.json().get("id").asString();
        var clerk = new WebSession(client);
        clerk.signIn("nhichieu.vanthu", "hdnd-demo-2026");

        var refused = clerk.submit(page, page + "/planning", Map.of("dueOn", "2020-01-01", "assignee", ""));
        assertThat(refused.status()).isEqualTo(400);
        Document shown = Jsoup.parse(refused.body());
        assertThat(shown.select("#task-dueOn-error").text()).startsWith("Thời hạn không được trước ngày giao");
        assertThat(shown.select("#task-dueOn").val()).isEqualTo("2020-01-01");

        var link = clerk.submit(
                page,
                page + "/evidence",
                Map.of("kind", "LINK", "reference", "không phải địa chỉ", "title", "Tin bài"));
        assertThat(link.status()).isEqualTo(400);
        Document again = Jsoup.parse(link.body());
        assertThat(again.select("#task-reference-error").text()).contains("http://");
        assertThat(again.select("#task-reference").val()).isEqualTo("không phải địa chỉ");
        assertThat(again.select("#task-title").val()).isEqualTo("Tin bài");

        var done = clerk.submit(page, page, Map.of("status", "DONE", "note", ""));
        assertThat(done.status()).isEqualTo(400);
        assertThat(Jsoup.parse(done.body()).select("#task-note-error").text()).contains("ít nhất một minh chứng");
    }
}
