package vn.hdndso.documents;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.test.context.ContextConfiguration;
import vn.hdndso.support.BrowserTest;
import vn.hdndso.support.TestClient;

/**
 * On a phone: the chair issues an approved document with a remote signature, sees "Chờ ký số từ
 * xa", confirms on the (test) provider and presses "Kiểm tra lại": the document is issued.
 */
@ContextConfiguration(initializers = LocalRemoteSigningProvider.class)
class RemoteIssueBrowserTest extends BrowserTest {

    static final String SLUG = RemoteIssueIntegrationTest.SLUG;
    static final String PASSWORD = RemoteIssueIntegrationTest.PASSWORD;

    @Test
    void theChairIssuesWithARemoteSignatureAndChecksAgain() {
        String clerk = TestClient.uniqueUsername("remote.phone.clerk");
        client.createUser(SLUG, clerk, PASSWORD, "Văn thư ký từ xa", "CLERK");
        String chair = TestClient.uniqueUsername("remote.phone.chair");
        client.createUser(SLUG, chair, PASSWORD, "Chủ tịch ký từ xa", "COUNCIL_ADMIN");
        String id = RemoteIssueIntegrationTest.draft(client, clerk, "Kế hoạch ký từ xa trên điện thoại");
        var submitted =
                client.request("POST", RemoteIssueIntegrationTest.BASE + "/" + id + "/submit", null, clerk, PASSWORD);
        assertThat(submitted.status()).as(submitted.body()).isEqualTo(200);

        browser().manage().deleteAllCookies();
        open("/login");
        find("#username").sendKeys(chair);
        find("#password").sendKeys(PASSWORD);
        find("form.stack button[type=submit]").click();
        waitUntil(d -> currentPath().startsWith("/app"));
        open("/app/councils/" + SLUG + "/documents/" + id);
        find("#signerId").sendKeys(LocalRemoteSigningProvider.SIGNER);
        screenshot("remote-signing-1-ask-390");
        find("#remote-signing form.form button[type=submit]").click();
        waitUntil(d -> find("#remote-signing").getText().contains("Chờ ký số từ xa"));
        assertThat(find("#remote-signing").getText()).contains("Trần Thị Hoa").contains("Kiểm tra lại");
        screenshot("remote-signing-2-waiting-390");
        useViewport(1366, 900);
        screenshot("remote-signing-2-waiting-1366");
        usePhoneViewport();
        assertAccessible();

        LocalRemoteSigningProvider.answer(LocalRemoteSigningProvider.lastTransaction(), "SIGNED");
        find("#remote-signing button.primary").click();
        waitUntil(d -> d.getPageSource().contains("signed.pdf"));
        assertThat(browser().getPageSource()).doesNotContain("Chờ ký số từ xa");
        screenshot("remote-signing-3-issued-390");
    }
}
