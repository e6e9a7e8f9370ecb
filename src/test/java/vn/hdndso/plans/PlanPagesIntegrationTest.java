package vn.hdndso.plans;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.hdndso.support.IntegrationTest;
import vn.hdndso.support.TestClient;
import vn.hdndso.support.TestClient.Part;
import vn.hdndso.support.WebSession;

/** The clerk reviews and confirms a plan with the workspace's forms only. */
@IntegrationTest
class PlanPagesIntegrationTest {

    static final String PASSWORD = "hdnd-demo-2026";
    static final String PAGES = "/app/councils/lac-phuong/plans";

    @Autowired
    TestClient client;

    String readPlan() throws IOException {
        byte[] seed = Files.readAllBytes(Path.of("testdata", "plans", "ke-hoach-57-lac-phuong-ocr.txt"));
        return client.postMultipart(
                        "/api/v1/councils/lac-phuong/plans",
                        List.of(Part.file("file", "ke-hoach-ocr.txt", "text/plain", seed)),
                        "lacphuong.vanthu",
                        PASSWORD)
                .json()
                .get("id")
                .asString();
    }

    /** The review form as shown: every named field with its current value (checkboxes only when ticked). */
    static Map<String, Object> fieldsOf(Document page) {
        var fields = new LinkedHashMap<String, Object>();
        page.select("form[action$=/review] textarea, form[action$=/review] input, form[action$=/review] select")
                .forEach(e -> {
                    String name = e.attr("name");
                    if (name.isEmpty() || name.equals("_csrf")) {
                        return;
                    }
                    if (e.attr("type").equals("checkbox")) {
                        if (e.hasAttr("checked")) {
                            fields.merge(name, List.of(e.val()), (a, b) -> {
                                var all = new java.util.ArrayList<Object>((List<?>) a);
                                all.addAll((List<?>) b);
                                return all;
                            });
                        }
                    } else if (e.tagName().equals("select")) {
                        var selected = e.selectFirst("option[selected]");
                        fields.put(name, selected == null ? "" : selected.val());
                    } else {
                        fields.put(name, e.tagName().equals("textarea") ? e.text() : e.val());
                    }
                });
        return fields;
    }

    @Test
    void theClerkCorrectsAndConfirmsThePlanWithTheForms() throws IOException {
        String id = readPlan();
        var clerk = new WebSession(client);
        clerk.signIn("lacphuong.vanthu", PASSWORD);
        String page = PAGES + "/" + id;

        Document shown = Jsoup.parse(clerk.get(page).body());
        assertThat(shown.select("select[name=targets[0].code] option[selected]").val())
                .isEqualTo("T1");
        assertThat(shown.select("select[name=targets[2].code] option[selected]").val())
                .isEqualTo("T3");
        assertThat(shown.select("input[name=targets[1].min]").val()).isEqualTo("90");
        assertThat(shown.select("input[name=targets[1].above]").hasAttr("checked"))
                .isTrue();
        assertThat(shown.text()).contains("Hệ thống đọc với độ tin cậy");

        Map<String, Object> fields = fieldsOf(shown);
        fields.put("targets[2].min", "100");
        fields.put("targets[2].max", "50");
        fields.put("targets[3].min", "mười");
        var refused = clerk.submit(page, page + "/review", fields);

        assertThat(refused.status()).isEqualTo(400);
        Document again = Jsoup.parse(refused.body());
        assertThat(again.select("#plan-targets-2-max-error").text()).isEqualTo("Mức dưới không được lớn hơn mức trên.");
        assertThat(again.select("#plan-targets-3-min-error").text()).isEqualTo("Tỷ lệ phải từ 0 đến 100.");
        assertThat(again.select("input[name=targets[3].min]").val()).isEqualTo("mười");

        fields.put("targets[2].min", "100");
        fields.put("targets[2].max", "");
        fields.put("targets[3].min", "10");
        fields.put("targets[3].max", "30");
        fields.put("targets[10].remove", "on");
        fields.put("targets[11].text", "Mọi kỳ họp được phát trực tiếp trên cổng thông tin");
        fields.put("targets[11].code", "T3");
        fields.put("targets[11].deadline", "2026-12-31");
        var saved = clerk.submit(page, page + "/review", fields);
        assertThat(saved.status()).isEqualTo(302);

        var plan = client.get("/api/v1/councils/lac-phuong/plans/" + id, "lacphuong.vanthu", PASSWORD)
                .json();
        assertThat(plan.get("targets")).hasSize(11);
        assertThat(plan.get("targets").get(2).get("threshold").get("min").asInt())
                .isEqualTo(100);
        assertThat(plan.get("targets").get(3).get("threshold").get("max").asInt())
                .isEqualTo(30);
        assertThat(plan.get("targets").get(10).get("text").asString()).startsWith("Mọi kỳ họp được phát trực tiếp");

        var confirmed = clerk.submit(page, page + "/confirm", Map.of());
        assertThat(confirmed.status()).isEqualTo(302);
        Document list = Jsoup.parse(clerk.get(PAGES).body());
        assertThat(list.text()).contains("Đã xác nhận").contains("11 mục tiêu");
        assertThat(client.get("/api/v1/councils/lac-phuong/plans/" + id).status())
                .isEqualTo(200);
    }

    @Test
    void aDelegateReadsThePlanButHasNoForms() throws IOException {
        String id = readPlan();
        var delegate = new WebSession(client);
        delegate.signIn("lacphuong.daibieu", PASSWORD);

        var page = delegate.get(PAGES + "/" + id);

        assertThat(page.status()).isEqualTo(200);
        Document shown = Jsoup.parse(page.body());
        assertThat(shown.select("form[action$=/review], form[action$=/confirm]"))
                .isEmpty();
        assertThat(shown.select("table td").text()).contains("T1").contains("T10");
        var csrf = new WebSession(client);
        csrf.signIn("lacphuong.daibieu", PASSWORD);
        // the workspace answers a refused action as it answers a page that is not there
        var refused = csrf.submit(PAGES, PAGES + "/" + id + "/confirm", Map.of());
        assertThat(refused.status()).isEqualTo(404);
        assertThat(client.get("/api/v1/councils/lac-phuong/plans/" + id, "lacphuong.vanthu", PASSWORD)
                        .json()
                        .get("state")
                        .asString())
                .isEqualTo("DRAFT");
    }

    @Test
    void anUploadThatIsNotAPlanIsExplainedOnThePage() {
        var clerk = new WebSession(client);
        clerk.signIn("lacphuong.vanthu", PASSWORD);
        var other = new WebSession(client);
        other.signIn("nhichieu.vanthu", PASSWORD);

        assertThat(other.get(PAGES).status()).isEqualTo(404);
        assertThat(Jsoup.parse(clerk.get(PAGES).body()).select("input[type=file][name=file]"))
                .hasSize(1);
    }
}
