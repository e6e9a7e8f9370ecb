package vn.hdndso.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import vn.hdndso.files.TestPdfs;
import vn.hdndso.support.BrowserTest;
import vn.hdndso.support.TestClient;

/**
 * The delegate's phone without a connection: opening a session keeps its pack on the phone (the
 * page says so with the pack's version); with the network cut through the DevTools protocol the
 * pages reload and the document's text reads and can be searched; after signing out no private
 * copy is left.
 */
class OfflinePackBrowserTest extends BrowserTest {

    private static final String SLUG = "tran-lieu";
    private static final String PASSWORD = "Offline-Pass-2026";
    private static final String TEXT =
            "Tờ trình về kế hoạch đầu tư công trung hạn của xã Trần Liễu giai đoạn 2026-2030";

    @Test
    void aDelegateReadsAndSearchesThePackOfflineAndNothingStaysAfterSignOut() {
        String clerk = TestClient.uniqueUsername("off.clerk");
        client.createUser(SLUG, clerk, PASSWORD, "Văn thư thử ngoại tuyến", "CLERK");
        String delegate = TestClient.uniqueUsername("off.delegate");
        client.createUser(SLUG, delegate, PASSWORD, "Đại biểu Nguyễn Thị Hạnh", "DELEGATE");
        var created = client.postJson(
                "/api/v1/councils/" + SLUG + "/sessions",
                Map.of(
                        "title",
                        "Kỳ họp thứ ba (đọc khi mất mạng)",
                        "startsAt",
                        "2026-12-22T08:00:00+07:00",
                        "kind",
                        "REGULAR"),
                clerk,
                PASSWORD);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String session = created.json().get("id").asString();
        var paper = client.postMultipart(
                "/api/v1/councils/" + SLUG + "/sessions/" + session + "/pack",
                List.of(TestClient.Part.file("file", "to-trinh.pdf", "application/pdf", TestPdfs.textPdf(TEXT))),
                clerk,
                PASSWORD);
        assertThat(paper.status()).as(paper.body()).isEqualTo(201);
        String document = paper.json().get("id").asString();
        String delegatePage = "/app/councils/" + SLUG + "/my-sessions/" + session;
        String textView = "/app/councils/" + SLUG + "/sessions/" + session + "/pack/" + document + "?view=text";

        open("/login");
        find("#username").sendKeys(delegate);
        find("#password").sendKeys(PASSWORD);
        find("form.stack button[type=submit]").click();
        waitUntil(d -> currentPath().startsWith("/app"));

        open(delegatePage);
        // copying the pack renders every page image: give a loaded machine time
        new WebDriverWait(browser(), Duration.ofSeconds(180))
                .withMessage(
                        () -> "offline status: " + find("[data-offline-status]").getText() + " ("
                                + find("[data-offline-status]").getAttribute("data-error") + ")")
                .until(d -> find("[data-offline-status]").getAttribute("class").contains("ready"));
        String status = find("[data-offline-status]").getText();
        assertThat(status).contains("Đã sẵn sàng đọc khi mất mạng");
        String version = find("[data-offline-status]").getAttribute("data-version");
        assertThat(status).contains(version);
        assertThat(privateCaches()).containsExactly("hdnd-pack-" + session + "-" + version);
        screenshot("offline-pack-delegate-390");
        useViewport(1366, 900);
        screenshot("offline-pack-delegate-1366");
        usePhoneViewport();

        goOffline(true);
        try {
            assertThat(fetchStatus("/app/push/public-key"))
                    .as("the network is cut")
                    .isEqualTo("failed");

            browser().navigate().refresh();
            assertThat(find("h1").getText()).contains("Kỳ họp thứ ba");
            waitUntil(d -> find("[data-offline-status]").getAttribute("class").contains("ready"));

            open(textView);
            assertThat(find("article.page-text").getText()).contains("kế hoạch đầu tư công");

            // finding words without diacritics works on the copy too
            find("#reader-q").sendKeys("dau tu cong");
            find("form.reader-search button[type=submit]").click();
            waitUntil(d ->
                    !browser().findElements(By.cssSelector(".reader-matches")).isEmpty());
            assertThat(find(".reader-matches").getText()).contains("1");
            assertThat(find("article.page-text mark").getText()).isEqualTo("đầu tư công");
            screenshot("offline-pack-find-390");
        } finally {
            goOffline(false);
        }

        open(delegatePage);
        ((JavascriptExecutor) browser()).executeScript("document.querySelector('form[action$=\"/logout\"]').submit();");
        waitUntil(d -> currentPath().contains("loggedOut"));
        waitUntil(d -> privateCaches().isEmpty());
        assertThat(privateCaches()).isEmpty();
    }

    /**
     * Cuts (or restores) the network of the page and of the service workers: DevTools' network
     * emulation applies per target, and a service worker is a target of its own, reached through a
     * session attached to it.
     */
    @SuppressWarnings("unchecked")
    private static void goOffline(boolean offline) {
        var chrome = (ChromeDriver) browser();
        Map<String, Object> conditions =
                Map.of("offline", offline, "latency", 0, "downloadThroughput", -1, "uploadThroughput", -1);
        chrome.executeCdpCommand("Network.enable", Map.of());
        chrome.executeCdpCommand("Network.emulateNetworkConditions", conditions);
        var targets = (List<Map<String, Object>>)
                chrome.executeCdpCommand("Target.getTargets", Map.of()).get("targetInfos");
        for (Map<String, Object> target : targets) {
            if (!"service_worker".equals(target.get("type"))) {
                continue;
            }
            String session = String.valueOf(chrome.executeCdpCommand(
                            "Target.attachToTarget", Map.of("targetId", target.get("targetId"), "flatten", false))
                    .get("sessionId"));
            sendTo(chrome, session, 1, "Network.enable", Map.of());
            sendTo(chrome, session, 2, "Network.emulateNetworkConditions", conditions);
        }
    }

    private static void sendTo(ChromeDriver chrome, String session, int id, String method, Map<String, Object> params) {
        String message = tools.jackson.databind.json.JsonMapper.builder()
                .build()
                .writeValueAsString(Map.of("id", id, "method", method, "params", params));
        chrome.executeCdpCommand("Target.sendMessageToTarget", Map.of("sessionId", session, "message", message));
    }

    @SuppressWarnings("unchecked")
    private static List<String> privateCaches() {
        return (List<String>) ((JavascriptExecutor) browser()).executeAsyncScript("""
                        const done = arguments[arguments.length - 1];
                        caches.keys().then(k => done(k.filter(n => n.startsWith('hdnd-pack-'))), () => done([]));
                        """);
    }

    private static String fetchStatus(String path) {
        return String.valueOf(((JavascriptExecutor) browser()).executeAsyncScript("""
                        const done = arguments[arguments.length - 1];
                        fetch(arguments[0], {cache: 'no-store'}).then(r => done(String(r.status)), () => done('failed'));
                        """, path));
    }
}
