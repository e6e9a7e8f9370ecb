package vn.hdndso.documents.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import vn.hdndso.documents.TestPdfs;
import vn.hdndso.shared.VnTime;
import vn.hdndso.support.IntegrationTest;
import vn.hdndso.support.TestClient;
import vn.hdndso.support.WebSession;

/** The staff pages of incoming documents and the registers page. */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class IncomingPagesIntegrationTest {

    private static final String SLUG = "lac-phuong";
    private static final String PASSWORD = "Incoming-Pages-2026";
    private static final String PAGES = "/app/councils/" + SLUG + "/documents/incoming";

    @Autowired
    TestClient client;

    private String clerk;
    private String clerkId;
    private String delegate;

    @BeforeAll
    void accounts() {
        clerk = TestClient.uniqueUsername("inpages.clerk");
        clerkId = client.createUser(SLUG, clerk, PASSWORD, "Văn thư Trang Đến", "CLERK");
        delegate = TestClient.uniqueUsername("inpages.delegate");
        client.createUser(SLUG, delegate, PASSWORD, "Đại biểu trang đến", "DELEGATE");
    }

    private WebSession signedIn(String username) {
        var session = new WebSession(client);
        session.signIn(username, PASSWORD);
        return session;
    }

    private String registered(String subject) {
        var created = client.postMultipart(
                "/api/v1/councils/" + SLUG + "/incoming",
                List.of(
                        TestClient.Part.json(
                                "metadata", """
                                {"issuingBody":"UBND xã Lạc Phượng","numberSymbol":"%s/TTr-UBND","documentDate":"%s",
                                 "typeCode":"TTr","subject":"%s","urgency":"THƯỢNG KHẨN"}""".formatted(System.nanoTime(), LocalDate.now(VnTime.ZONE), subject)),
                        TestClient.Part.file("file", "to-trinh.pdf", "application/pdf", TestPdfs.plan(subject, 1))),
                clerk,
                PASSWORD);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().get("id").asString();
    }

    @Test
    void walksAnIncomingDocumentFromRegistrationToCompletion() {
        String subject = "Tờ trình đề nghị thông qua đề án chợ nông sản";
        String id = registered(subject);
        WebSession session = signedIn(clerk);

        String list = session.get(PAGES + "?q="
                        + java.net.URLEncoder.encode("chợ nông sản", java.nio.charset.StandardCharsets.UTF_8))
                .body();
        assertThat(list).contains(subject).contains("Thượng khẩn").contains(PAGES + "/" + id);

        String page = session.get(PAGES + "/" + id).body();
        assertThat(page)
                .contains(subject)
                .contains("Không có chữ ký số")
                .contains("Đăng ký văn bản đến")
                .contains("/assign\"")
                .doesNotContain("/complete\"");

        var assigned = session.submit(
                PAGES + "/" + id,
                PAGES + "/" + id + "/assign",
                Map.of(
                        "handlerUserId",
                        clerkId,
                        "deadline",
                        LocalDate.now(VnTime.ZONE).toString()));
        assertThat(assigned.status()).isEqualTo(302);
        page = session.get(PAGES + "/" + id).body();
        assertThat(page).contains("Đã giao xử lý").contains("Văn thư Trang Đến").contains("Sắp đến hạn");

        session.submit(
                PAGES + "/" + id, PAGES + "/" + id + "/progress", Map.of("note", "Đã chuyển Ban Kinh tế – Xã hội"));
        var completed = session.submit(
                PAGES + "/" + id, PAGES + "/" + id + "/complete", Map.of("replyNumberSymbol", "20/NQ-HĐND"));
        assertThat(completed.status()).isEqualTo(302);
        page = session.get(PAGES + "/" + id).body();
        assertThat(page)
                .contains("Đã xử lý xong")
                .contains("20/NQ-HĐND")
                .contains("Cập nhật tiến độ")
                .contains("Hoàn thành xử lý")
                .doesNotContain("/assign\"");
    }

    @Test
    void showsTheRegistrationFormAndTheRegistersPageWithDownloads() {
        WebSession session = signedIn(clerk);
        assertThat(session.get(PAGES + "/new").body())
                .contains("enctype=\"multipart/form-data\"")
                .contains("Hỏa tốc");
        String registers =
                session.get("/app/councils/" + SLUG + "/documents/registers").body();
        assertThat(registers)
                .contains("Sổ đăng ký văn bản đến")
                .contains("Sổ theo dõi giải quyết văn bản đến")
                .contains("/documents/registers/follow-up")
                .contains("value=\"xlsx\"");
        var download = client.getBytes("/api/v1/councils/" + SLUG + "/registers/incoming?format=pdf", clerk, PASSWORD);
        assertThat(download.status()).isEqualTo(200);
        assertThat(session.get("/app/councils/" + SLUG + "/documents/registers/incoming?format=xlsx")
                        .status())
                .isEqualTo(200);
    }

    @Test
    void keepsDelegatesOut() {
        // as for the outgoing pages, a staff page a delegate may not see is refused with a reason
        var refused = signedIn(delegate).get(PAGES);
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.body()).doesNotContain("Sổ văn bản đến").contains("Không có quyền truy cập");
    }
}
