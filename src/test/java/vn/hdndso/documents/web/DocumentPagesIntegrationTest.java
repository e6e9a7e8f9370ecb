package vn.hdndso.documents.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import vn.hdndso.documents.TestPdfs;
import vn.hdndso.support.IntegrationTest;
import vn.hdndso.support.TestClient;
import vn.hdndso.support.WebSession;

/** The staff pages of the outgoing register and the public page of an issued document. */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DocumentPagesIntegrationTest {

    private static final String SLUG = "lac-phuong";
    private static final String PASSWORD = "Pages-Pass-2026";
    private static final String PAGES = "/app/councils/" + SLUG + "/documents";

    @Autowired
    TestClient client;

    private String clerk;
    private String chair;
    private String delegate;

    @BeforeAll
    void accounts() {
        clerk = TestClient.uniqueUsername("pages.clerk");
        client.createUser(SLUG, clerk, PASSWORD, "Văn thư trang", "CLERK");
        chair = TestClient.uniqueUsername("pages.chair");
        client.createUser(SLUG, chair, PASSWORD, "Chủ tịch trang", "COUNCIL_ADMIN");
        delegate = TestClient.uniqueUsername("pages.delegate");
        client.createUser(SLUG, delegate, PASSWORD, "Đại biểu trang", "DELEGATE");
    }

    private WebSession signedIn(String username) {
        var session = new WebSession(client);
        session.signIn(username, PASSWORD);
        return session;
    }

    private String draft(String subject) {
        var created = client.postMultipart(
                "/api/v1/councils/" + SLUG + "/documents",
                List.of(
                        TestClient.Part.json("metadata", """
                                {"typeCode":"BC","issuerSymbol":"TTHĐND","subject":"%s","signerName":"Bùi Văn Dũng",
                                 "signerPosition":"Chủ tịch HĐND"}""".formatted(subject)),
                        TestClient.Part.file("file", "bao-cao.pdf", "application/pdf", TestPdfs.plan(subject, 1))),
                clerk,
                PASSWORD);
        return created.json().get("id").asString();
    }

    @Test
    void showsTheOutgoingRegisterWithTheDemoPlan() {
        var page = signedIn(clerk).get(PAGES + "?year=2025&type=KH&status=ISSUED");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body())
                .contains("Sổ đăng ký văn bản đi")
                .contains("02/KH-TTHĐND")
                .contains("Bùi Văn Dũng");
        assertThat(page.body()).contains("href=\"/app/councils/lac-phuong/documents\"");
        assertThat(signedIn(clerk).get(PAGES + "/new").body()).contains("enctype=\"multipart/form-data\"");
    }

    @Test
    void showsActionsOnlyToThoseAllowedAndWalksTheWorkflow() {
        String id = draft("Báo cáo qua giao diện");
        WebSession clerkSession = signedIn(clerk);
        String asClerk = clerkSession.get(PAGES + "/" + id).body();
        assertThat(asClerk).contains("/submit\"").doesNotContain("/issue\"").contains("Tạo dự thảo");
        var submitted = clerkSession.submit(PAGES + "/" + id, PAGES + "/" + id + "/submit", java.util.Map.of());
        assertThat(submitted.status()).isEqualTo(302);

        WebSession chairSession = signedIn(chair);
        assertThat(chairSession.get(PAGES + "/" + id).body()).contains("/approve\"");
        chairSession.submit(PAGES + "/" + id, PAGES + "/" + id + "/approve", java.util.Map.of());
        assertThat(chairSession.get(PAGES + "/" + id).body()).contains("/issue\"");
        var issued = chairSession.submit(PAGES + "/" + id, PAGES + "/" + id + "/issue", java.util.Map.of());
        assertThat(issued.status()).isEqualTo(302);
        String page = chairSession.get(PAGES + "/" + id).body();
        assertThat(page)
                .containsPattern("\\d{2,}/BC-TTHĐND")
                .contains("/recall\"")
                .contains("signed.pdf");

        var publicPage = client.get("/" + SLUG + "/van-ban/" + id);
        assertThat(publicPage.status()).isEqualTo(200);
        assertThat(publicPage.body()).containsPattern("\\d{2,}/BC-TTHĐND");
        assertThat(client.getBytes("/" + SLUG + "/van-ban/" + id + "/signed.pdf", null, null)
                        .status())
                .isEqualTo(200);
    }

    @Test
    void keepsDraftsOffThePublicSiteAndOutOfDelegatesReach() {
        String id = draft("Báo cáo chưa ban hành");
        assertThat(client.get("/" + SLUG + "/van-ban/" + id).status()).isEqualTo(404);
        // the workspace refuses a page to roles without access with a reason and a way back (403)
        assertThat(signedIn(delegate).get(PAGES).status()).isEqualTo(403);
    }
}
