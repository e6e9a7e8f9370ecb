package vn.hdndso.plans;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.Select;
import vn.hdndso.support.BrowserTest;
import vn.hdndso.support.TestClient;

/**
 * A committee member, on a phone, finds their committee's task among "my tasks", picks the council's
 * issued plan as evidence and marks the task done with a note.
 */
class TaskEvidenceBrowserTest extends BrowserTest {

    static final String API = "/api/v1/councils/lac-phuong";
    static final String PASSWORD = "Tasks-Browser-2026";

    String created(String path, Map<String, Object> body) {
        var response = client.postJson(API + path, body, TestClient.ADMIN, TestClient.ADMIN_PASSWORD);
        assertThat(response.status()).as(path + ": " + response.body()).isEqualTo(201);
        return response.json().get("id").asString();
    }

    @Test
    void aCommitteeMemberMarksTheirTaskDoneWithEvidenceOnAPhone() {
        String committee =
                created("/bodies", Map.of("kind", "COMMITTEE", "name", "Ban trình duyệt " + UUID.randomUUID()));
        String username = TestClient.uniqueUsername("tasks.phone");
        String fullName = "Ủy viên thử " + username;
        client.createUser("lac-phuong", username, PASSWORD, fullName, "COMMITTEE_MEMBER", "DELEGATE");
        String delegateId = client.get(API + "/delegates?size=500", TestClient.ADMIN, TestClient.ADMIN_PASSWORD)
                .json()
                .get("items")
                .valueStream()
                .filter(d -> d.get("fullName").asString().equals(fullName))
                .findFirst()
                .orElseThrow()
                .get("id")
                .asString();
        created("/bodies/" + committee + "/members", Map.of("delegateId", delegateId, "role", "MEMBER"));
        String text = "Giám sát việc số hóa hồ sơ một cửa "
                + UUID.randomUUID().toString().substring(0, 8);
        String taskId = created(
                "/tasks",
                Map.of(
                        "text", text,
                        "dueOn",
                                LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"))
                                        .plusDays(5)
                                        .toString(),
                        "assignee", Map.of("bodyId", committee)));

        open("/login");
        find("#username").sendKeys(username);
        find("#password").sendKeys(PASSWORD);
        find("form.stack button[type=submit]").click();
        waitUntil(d -> currentPath().equals("/app") || currentPath().startsWith("/app/"));

        open("/app/councils/lac-phuong/tasks");
        assertThat(find("ul.chips a.active").getText()).startsWith("Việc của tôi");
        browser().findElement(By.linkText(text)).click();
        waitUntil(d -> currentPath().equals("/app/councils/lac-phuong/tasks/" + taskId));
        assertThat(find("#task-status-badge").getText()).isEqualTo("Chưa thực hiện");

        new Select(find("#evidence-find-kind")).selectByValue("DOCUMENT");
        find("#evidence-find-q").sendKeys("Nghị quyết 57");
        find("#evidence-find").click();
        waitUntil(d -> !browser().findElements(By.cssSelector("ul.found li")).isEmpty());
        String picked = find("ul.found li span").getText();
        find("ul.found li button[type=submit]").click();
        waitUntil(d -> find("[role=status]").getText().startsWith("Đã thêm minh chứng"));
        assertThat(find("ul.evidence").getText()).contains(picked);

        new Select(find("#task-status")).selectByValue("DONE");
        find("#task-note").sendKeys("Đã giám sát tại bộ phận một cửa ngày 02/12");
        find("#task-save").click();
        waitUntil(d -> find("[role=status]").getText().startsWith("Đã cập nhật"));

        assertThat(find("#task-status-badge").getText()).isEqualTo("Hoàn thành");
        assertThat(find("#task-note-text").getText()).isEqualTo("Đã giám sát tại bộ phận một cửa ngày 02/12");
        assertThat(find("ol.history").getText()).contains("Thêm minh chứng", "Đổi trạng thái: Hoàn thành");
        Object pageWidth =
                ((JavascriptExecutor) browser()).executeScript("return document.documentElement.scrollWidth");
        assertThat((Long) pageWidth).as("the task page fits the phone").isLessThanOrEqualTo(VIEWPORT_WIDTH);
    }
}
