package vn.hdndso.plans;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import vn.hdndso.support.IntegrationTest;
import vn.hdndso.support.TestClient;
import vn.hdndso.support.TestClient.Part;
import vn.hdndso.support.WebSession;

/** Reading, reviewing, confirming and amending a plan through the API, as the clerk and the public see it. */
@IntegrationTest
class PlansApiIntegrationTest {

    static final String PASSWORD = "hdnd-demo-2026";
    static final String CLERK = "lacphuong.vanthu";
    static final String PLANS = "/api/v1/councils/lac-phuong/plans";
    static final Path SEEDS = Path.of("testdata", "plans");
    static final List<String> CODES = List.of("T1", "T2", "T3", "T4", "T5", "T6", "T7", "T8", "T9", "T9", "T10");

    @Autowired
    TestClient client;

    TestClient.Response upload(String fileName, byte[] content, String user) {
        return client.postMultipart(
                PLANS, List.of(Part.file("file", fileName, "application/octet-stream", content)), user, PASSWORD);
    }

    TestClient.Response upload(String seed) throws IOException {
        return upload(seed, Files.readAllBytes(SEEDS.resolve(seed)), CLERK);
    }

    static List<String> codes(JsonNode plan) {
        var codes = new ArrayList<String>();
        plan.get("targets")
                .forEach(t ->
                        codes.add(t.get("code").isNull() ? null : t.get("code").asString()));
        return codes;
    }

    @Test
    void bothSeedsReadToTheSameTargets() throws IOException {
        var clean = upload("ke-hoach-57-nhi-chieu.txt");
        var ocr = upload("ke-hoach-57-lac-phuong-ocr.txt");

        assertThat(clean.status()).isEqualTo(201);
        assertThat(ocr.status()).isEqualTo(201);
        assertThat(codes(clean.json())).containsExactlyElementsOf(CODES);
        assertThat(codes(ocr.json())).containsExactlyElementsOf(CODES);
        JsonNode first = clean.json().get("targets").get(1);
        assertThat(first.get("text").asString()).startsWith("Trên 90% tài liệu phục vụ kỳ họp");
        assertThat(first.get("threshold").get("min").asInt()).isEqualTo(90);
        assertThat(first.get("threshold").get("minExclusive").asBoolean()).isTrue();
        assertThat(first.get("threshold").get("unit").asString()).isEqualTo("%");
        assertThat(first.get("deadline").asString()).isEqualTo("2026-12-31");
        assertThat(clean.json().get("state").asString()).isEqualTo("DRAFT");
        assertThat(clean.json().get("number").asString()).isEqualTo("10/KH-TTHĐND");
        assertThat(clean.json().get("tasks").get(0).get("responsibleBodies").toString())
                .contains("COMMITTEES");
    }

    @Test
    void bothDemoCouncilsWorkToTheirOwnConfirmedPlan() {
        for (String slug : List.of("nhi-chieu", "lac-phuong")) {
            var confirmed = new ArrayList<JsonNode>();
            client.get("/api/v1/councils/" + slug + "/plans").json().forEach(plan -> {
                // read at first start, without a request: by the system, not by a clerk of a test
                if (plan.get("updatedBy").asString().equals("hệ thống")) {
                    confirmed.add(plan);
                }
            });
            assertThat(confirmed).as(slug).singleElement().satisfies(plan -> {
                assertThat(plan.get("state").asString()).isEqualTo("CONFIRMED");
                assertThat(codes(plan)).containsExactlyElementsOf(CODES);
            });
        }
    }

    @Test
    void anOcrPlanReadsWithItsDiacriticsRestoredAndMarked() throws IOException {
        String ocr = upload("ke-hoach-57-lac-phuong-ocr.txt").json().get("id").asString();
        String clean = upload("ke-hoach-57-nhi-chieu.txt").json().get("id").asString();

        JsonNode restored =
                client.get(PLANS + "/" + ocr + "/restored", CLERK, PASSWORD).json();
        assertThat(restored.get("restored").asBoolean()).isTrue();
        assertThat(restored.get("text").asString()).contains("Mục tiêu cụ thể đến hết năm 2026");
        assertThat(restored.get("targets")).hasSize(CODES.size());
        // the second target: "Trên 90% tài liệu phục vụ kỳ họp …", the plan's own words stay as uploaded
        assertThat(restored.get("targets").get(1).asString()).startsWith("Trên 90% tài liệu phục vụ kỳ họp");
        JsonNode plan = client.get(PLANS + "/" + ocr, CLERK, PASSWORD).json();
        assertThat(plan.get("targets").get(1).get("text").asString()).doesNotContain("tài liệu");
        assertThat(client.get(PLANS + "/" + clean + "/restored", CLERK, PASSWORD)
                        .json()
                        .get("restored")
                        .asBoolean())
                .isFalse();
        // a draft's restored reading is as private as the draft
        assertThat(client.get(PLANS + "/" + ocr + "/restored").status()).isEqualTo(404);

        var clerk = new WebSession(client);
        clerk.signIn(CLERK, PASSWORD);
        String page = clerk.get("/app/councils/lac-phuong/plans/" + ocr).body();
        assertThat(page).contains("Khôi phục dấu tự động", "Toàn văn kế hoạch đã khôi phục dấu", "Mục tiêu cụ thể");
        assertThat(clerk.get("/app/councils/lac-phuong/plans/" + clean).body()).doesNotContain("Khôi phục dấu tự động");
    }

    @Test
    void aDraftIsTheStaffsUntilConfirmed() throws IOException {
        String id = upload("ke-hoach-57-nhi-chieu.txt").json().get("id").asString();

        assertThat(client.get(PLANS + "/" + id).status()).isEqualTo(404);
        assertThat(client.get(PLANS + "/" + id, "nhichieu.vanthu", PASSWORD).status())
                .isEqualTo(404);
        assertThat(client.get(PLANS + "/" + id, "lacphuong.daibieu", PASSWORD).status())
                .isEqualTo(200);
        assertThat(client.get(PLANS).body()).doesNotContain(id);

        var confirmed = client.postJson(PLANS + "/" + id + "/confirm", Map.of(), CLERK, PASSWORD);
        assertThat(confirmed.status()).isEqualTo(200);
        assertThat(confirmed.json().get("state").asString()).isEqualTo("CONFIRMED");
        var publicView = client.get(PLANS + "/" + id);
        assertThat(publicView.status()).isEqualTo(200);
        assertThat(codes(publicView.json())).containsExactlyElementsOf(CODES);
        assertThat(client.get(PLANS).body()).contains(id);
    }

    @Test
    void theClerkCorrectsTheReadingBeforeConfirming() throws IOException {
        String id = upload("ke-hoach-57-lac-phuong-ocr.txt").json().get("id").asString();
        String review = """
                {"title":"Kế hoạch thực hiện Nghị quyết 57-NQ/TW trong hoạt động của HĐND xã",
                 "targets":[
                  {"code":"T3","text":"100% kỳ họp được ghi hình","threshold":{"min":100,"unit":"%"},"deadline":"2026-12-31"},
                  {"code":null,"text":"Một mục tiêu riêng của xã","threshold":null,"deadline":null}],
                 "tasks":[{"text":"Ghi hình các kỳ họp","responsibleBodies":["STANDING_COMMITTEE"],"serves":"T3"}]}""";

        var reviewed = client.request("PUT", PLANS + "/" + id + "/review", review, CLERK, PASSWORD);

        assertThat(reviewed.status()).isEqualTo(200);
        assertThat(codes(reviewed.json())).containsExactly("T3", null);
        assertThat(reviewed.json().get("targets").get(0).get("confidence").asDouble())
                .isEqualTo(1.0);
        assertThat(reviewed.json()
                        .get("targets")
                        .get(1)
                        .get("threshold")
                        .get("min")
                        .isNull())
                .isTrue();
        assertThat(reviewed.json().get("tasks")).hasSize(1);
        assertThat(reviewed.json().get("sections")).hasSize(6);
        assertThat(reviewed.json().get("title").asString())
                .isEqualTo("Kế hoạch thực hiện Nghị quyết 57-NQ/TW trong hoạt động của HĐND xã");
    }

    @Test
    void aReviewWithBadValuesIsRefusedFieldByFieldAndChangesNothing() throws IOException {
        String id = upload("ke-hoach-57-nhi-chieu.txt").json().get("id").asString();
        String review = """
                {"title":"   ",
                 "targets":[{"code":"T1","text":"  ","threshold":{"min":80,"max":30}},
                            {"code":"T2","text":"Tài liệu số","threshold":{"min":120}}],
                 "tasks":[{"text":"Việc không ai làm","responsibleBodies":[]}]}""";

        var refused = client.request("PUT", PLANS + "/" + id + "/review", review, CLERK, PASSWORD);

        assertThat(refused.status()).isEqualTo(400);
        var fields = new ArrayList<String>();
        refused.json().get("errors").forEach(e -> fields.add(e.get("field").asString()));
        assertThat(fields)
                .contains(
                        "title",
                        "targets[0].text",
                        "targets[0].threshold.max",
                        "targets[1].threshold.min",
                        "tasks[0].bodies");
        assertThat(codes(client.get(PLANS + "/" + id, CLERK, PASSWORD).json())).containsExactlyElementsOf(CODES);
    }

    @Test
    void anAmendmentIsANewVersionAndTheConfirmedOneStaysInForce() throws IOException {
        String id = upload("ke-hoach-57-nhi-chieu.txt").json().get("id").asString();
        client.postJson(PLANS + "/" + id + "/confirm", Map.of(), CLERK, PASSWORD);

        var amendment = client.postJson(PLANS + "/" + id + "/amendments", Map.of(), CLERK, PASSWORD);
        assertThat(amendment.status()).isEqualTo(201);
        assertThat(amendment.json().get("version").asInt()).isEqualTo(2);
        assertThat(amendment.json().get("state").asString()).isEqualTo("DRAFT");
        client.request("PUT", PLANS + "/" + id + "/review", """
                {"targets":[{"code":"T1","text":"100% văn bản ký số","threshold":{"min":100}}],"tasks":[]}""", CLERK, PASSWORD);

        var publicView = client.get(PLANS + "/" + id).json();
        assertThat(publicView.get("version").asInt()).isEqualTo(1);
        assertThat(publicView.get("targets")).hasSize(11);

        client.postJson(PLANS + "/" + id + "/confirm", Map.of(), CLERK, PASSWORD);
        var versions = client.get(PLANS + "/" + id + "/versions").json();
        assertThat(versions.get(0).get("state").asString()).isEqualTo("CONFIRMED");
        assertThat(versions.get(0).get("targets").asInt()).isEqualTo(1);
        assertThat(versions.get(1).get("state").asString()).isEqualTo("SUPERSEDED");
        assertThat(client.postJson(PLANS + "/" + id + "/amendments", Map.of(), CLERK, PASSWORD)
                        .status())
                .isEqualTo(201);
        assertThat(client.postJson(PLANS + "/" + id + "/amendments", Map.of(), CLERK, PASSWORD)
                        .status())
                .isEqualTo(409);
    }

    @Test
    void readsADocxWithWordNumbering() throws IOException {
        byte[] docx;
        try (var document = new XWPFDocument();
                var out = new ByteArrayOutputStream()) {
            for (String line : List.of(
                    "KẾ HOẠCH",
                    "Chuyển đổi số trong hoạt động của HĐND xã",
                    "I. MỤC TIÊU",
                    "- 100% văn bản của HĐND xã được phát hành trên hệ thống quản lý văn bản, có chữ ký số.",
                    "- 100% đại biểu HĐND xã được tập huấn kỹ năng số cơ bản.",
                    "II. TỔ CHỨC THỰC HIỆN",
                    "- UBND xã bảo đảm hạ tầng.")) {
                document.createParagraph().createRun().setText(line);
            }
            document.write(out);
            docx = out.toByteArray();
        }

        var read = upload("ke-hoach.docx", docx, CLERK);

        assertThat(read.status()).isEqualTo(201);
        assertThat(codes(read.json())).containsExactly("T1", "T9");
        assertThat(read.json().get("title").asString()).isEqualTo("Kế hoạch Chuyển đổi số trong hoạt động của HĐND xã");
    }

    @Test
    void refusesWhatIsNotAReadablePlanSayingWhy() throws IOException {
        byte[] scan;
        try (var document = new PDDocument();
                var out = new ByteArrayOutputStream()) {
            document.addPage(new PDPage());
            document.save(out);
            scan = out.toByteArray();
        }
        assertRefused(upload("scan.pdf", scan, CLERK), "không có lớp chữ");
        assertRefused(upload("empty.txt", new byte[0], CLERK), "trống");
        assertRefused(
                upload("image.png", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 0}, CLERK), "không phải PDF");
        assertRefused(
                upload("broken.docx", "PK\u0003\u0004 not a zip".getBytes(StandardCharsets.ISO_8859_1), CLERK),
                "không phải là DOCX");
        assertRefused(
                upload("locked.docx", new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, 0, 0, 0, 0}, CLERK),
                "mật khẩu");
        assertRefused(
                upload("minutes.txt", "Biên bản họp.\nNội dung: trao đổi.".getBytes(StandardCharsets.UTF_8), CLERK),
                "phần nào của một kế hoạch");
        assertThat(client.get(PLANS, CLERK, PASSWORD).body()).doesNotContain("minutes.txt");
    }

    @Test
    void onlyTheCouncilOfficeReadsPlans() throws IOException {
        byte[] seed = Files.readAllBytes(SEEDS.resolve("ke-hoach-57-nhi-chieu.txt"));
        assertThat(upload("k.txt", seed, "lacphuong.daibieu").status()).isEqualTo(403);
        assertThat(upload("k.txt", seed, "nhichieu.vanthu").status()).isEqualTo(404);
        assertThat(upload("k.txt", seed, "lacphuong.chutich").status()).isEqualTo(201);
    }

    private static void assertRefused(TestClient.Response response, String reason) {
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("errors").get(0).get("field").asString()).isEqualTo("file");
        assertThat(response.body()).contains(reason);
    }
}
