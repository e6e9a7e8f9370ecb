package vn.hdndso.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.springframework.beans.factory.annotation.Autowired;
import vn.hdndso.files.OfficeConversion;
import vn.hdndso.files.WordFiles;
import vn.hdndso.support.BrowserTest;
import vn.hdndso.support.TestClient;

/**
 * On a phone: a clerk uploads a draft written in Word (DOCX), the chair returns it with a comment,
 * the clerk sees the comment and uploads a new version, and the chair approves and issues it.
 */
class DraftReturnBrowserTest extends BrowserTest {

    static final String SLUG = "thanh-dong";
    static final String PASSWORD = "Draft-Browser-2026";

    @Autowired
    OfficeConversion conversion;

    void signIn(String username) {
        browser().manage().deleteAllCookies();
        open("/login");
        find("#username").sendKeys(username);
        find("#password").sendKeys(PASSWORD);
        find("form.stack button[type=submit]").click();
        waitUntil(d -> currentPath().equals("/app") || currentPath().startsWith("/app/"));
    }

    static void shot(String name) throws IOException {
        Files.createDirectories(SCREENSHOTS);
        save(name + "-390");
        browser().manage().window().setSize(new Dimension(1366, 900));
        save(name + "-1366");
        browser().manage().window().setSize(new Dimension(VIEWPORT_WIDTH, VIEWPORT_HEIGHT));
    }

    private static void save(String name) throws IOException {
        Path file =
                ((TakesScreenshot) browser()).getScreenshotAs(OutputType.FILE).toPath();
        Files.copy(file, SCREENSHOTS.resolve("draft-" + name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    }

    @Test
    void aClerkUploadsAWordDraftTheChairReturnsItTheClerkReplacesItAndItIsIssued() throws IOException {
        // LibreOffice starts with the first conversion: slow on a busy machine, so before the browser waits
        assertThat(conversion.toPdf("khoi-dong.docx", WordFiles.docx(List.of("Khởi động"))))
                .isPresent();
        String clerk = TestClient.uniqueUsername("draft.phone");
        client.createUser(SLUG, clerk, PASSWORD, "Văn thư điện thoại", "CLERK");
        String chair = TestClient.uniqueUsername("draft.chair");
        client.createUser(SLUG, chair, PASSWORD, "Chủ tịch điện thoại", "COUNCIL_ADMIN");
        Path docx = Files.createTempFile("ke-hoach-giam-sat", ".docx");
        Files.write(
                docx,
                WordFiles.docx(List.of(
                        "Kế hoạch giám sát chuyên đề năm 2026",
                        "Điều 1. Giám sát việc xây dựng đường giao thông nông thôn.")));
        String subject = "Kế hoạch giám sát chuyên đề " + clerk;

        signIn(clerk);
        open("/app/councils/" + SLUG + "/documents/new");
        find("#subject").sendKeys(subject);
        find("#signerName").sendKeys("Lê Văn Hùng");
        find("#signerPosition").sendKeys("Phó Chủ tịch HĐND");
        find("#file").sendKeys(docx.toString());
        shot("1-new");
        find("#draft-form button[type=submit]").click();
        waitUntil(d -> currentPath().matches("/app/councils/" + SLUG + "/documents/[0-9a-f-]{36}"));
        String detail = currentPath();
        assertThat(find("table.versions").getText())
                .contains("ke-hoach-giam-sat")
                .contains(".docx");
        find("form[action$='/submit'] button").click();
        waitUntil(d -> find("p.alert.ok").getText().startsWith("Đã gửi duyệt"));

        signIn(chair);
        open(detail);
        find("#comment").sendKeys("Bổ sung thời hạn báo cáo ở Điều 1");
        shot("2-review");
        find("#return-form button").click();
        waitUntil(d -> find("p.alert.ok").getText().startsWith("Đã trả lại"));

        signIn(clerk);
        open(detail);
        assertThat(find(".alert.returned").getText()).contains("Bổ sung thời hạn báo cáo ở Điều 1");
        assertThat(find("ol.history").getText()).contains("Trả lại người soạn").contains("Bổ sung thời hạn");
        shot("3-returned");
        Path pdf = Files.createTempFile("ke-hoach-ban-sua", ".pdf");
        Files.write(pdf, TestPdfs.plan(subject + " (bản sửa)", 2));
        find("#replacement").sendKeys(pdf.toString());
        find("#replace-file button").click();
        waitUntil(d -> find("p.alert.ok").getText().startsWith("Đã tải lên phiên bản mới"));
        assertThat(browser().findElements(org.openqa.selenium.By.cssSelector("table.versions tbody tr")))
                .hasSize(2);
        find("form[action$='/submit'] button").click();
        waitUntil(d -> find("p.alert.ok").getText().startsWith("Đã gửi duyệt"));

        signIn(chair);
        open(detail);
        find("form[action$='/approve'] button").click();
        waitUntil(d -> find("p.alert.ok").getText().startsWith("Đã duyệt"));
        find("form[action$='/issue'] button").click();
        waitUntil(d -> find("p.alert.ok").getText().startsWith("Đã ký số"));
        assertThat(find("h2").getText()).containsPattern("\\d{2,}/KH-TTHĐND");
        shot("4-issued");
        Files.deleteIfExists(docx);
        Files.deleteIfExists(pdf);
    }
}
