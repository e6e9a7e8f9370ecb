package vn.hdndso.petitions;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;
import vn.hdndso.support.BrowserTest;

/**
 * On a phone, a voter follows a tracking code, rates the published answer and opens the council's
 * public map, where the answer is a numbered marker (Leaflet from the application's webjar, blank
 * tiles served by the application); then the petition form's location picker: tapping the map and
 * "use my position" fill the coordinates. Screenshots at 390 and 1366 px.
 */
class PetitionMapBrowserTest extends BrowserTest {

    static final String SLUG = "le-chan";

    @Test
    void aVoterRatesTheAnswerAndSeesItOnThePublicMap() {
        var fixture = new RoutingFixture(client, SLUG);
        String clerk = fixture.account("mb.clerk", "CLERK", null);
        String unit = fixture.unit("Phòng Kinh tế trình duyệt bản đồ " + RoutingFixture.marker());
        String marker = RoutingFixture.marker();
        var body = new HashMap<String, Object>();
        body.put("content", "Đèn chiếu sáng ngõ 15 đường Lê Lợi hỏng nhiều ngày, đề nghị thay bóng " + marker);
        body.put("consent", true);
        body.put("latitude", 20.8461);
        body.put("longitude", 106.6789);
        var sent = client.postJson("/api/v1/councils/" + SLUG + "/petitions", body);
        assertThat(sent.status()).as(sent.body()).isEqualTo(201);
        String code = sent.json().get("trackingCode").asString().replace("-", "");
        var found =
                client.get("/api/v1/councils/" + SLUG + "/petition-issues?q=" + marker, clerk, RoutingFixture.PASSWORD);
        String issueId = found.json().get("items").get(0).get("id").asString();
        fixture.answerAndPublish(issueId, unit, clerk);

        open("/" + SLUG + "/kien-nghi/tra-cuu/" + code);
        assertThat(find("#answer-text").getText()).contains("Đã sửa xong");
        find("#satisfied-yes").click();
        find("#comment").sendKeys("Đèn đã sáng lại, cảm ơn.");
        find("#rate").click();
        waitUntil(d -> !browser().findElements(By.id("feedback-done")).isEmpty());
        assertThat(find("#feedback-current").getText()).contains("hài lòng");

        open("/" + SLUG + "/kien-nghi/tra-loi");
        find("#answers-map-link").click();
        waitUntil(d -> currentPath().equals("/" + SLUG + "/kien-nghi/ban-do"));
        waitUntil(d -> find("#answer-map").getAttribute("data-markers") != null);
        assertThat(find("#answer-map").getAttribute("data-markers")).isEqualTo("1");
        var pin = find(".answer-pin[data-issue='" + issueId + "']");
        assertThat(pin.getText()).isEqualTo("1");
        assertThat(find("#answer-" + issueId).getText()).contains("Đã giải quyết", "20.846, 106.679");
        Object tiles = ((JavascriptExecutor) browser())
                .executeScript("return Array.from(document.querySelectorAll('img.leaflet-tile')).map(t => t.src)");
        assertThat((List<?>) tiles)
                .as("tiles come from the application")
                .isNotEmpty()
                .allSatisfy(t -> assertThat(String.valueOf(t)).contains("/map/blank-tile.png"));
        assertThat(noSidewaysScroll()).as("nothing wider than the phone").isTrue();
        pin.click();
        waitUntil(d -> !browser().findElements(By.cssSelector(".map-popup a")).isEmpty());
        assertThat(find(".map-popup").getText()).contains("Xem câu trả lời");
        assertAccessible();
        screenshot("petition-map-390");
        useViewport(1366, 900);
        open("/" + SLUG + "/kien-nghi/ban-do");
        useViewport(1366, 900); // ChromeDriver's phone emulation comes back with every page
        waitUntil(d -> "1".equals(find("#answer-map").getAttribute("data-markers")));
        assertThat(viewportWidth()).as("a desktop window").isEqualTo(1366);
        screenshot("petition-map-1366");
        usePhoneViewport();
    }

    @Test
    void theFormsLocationPickerFillsTheCoordinates() {
        ((ChromeDriver) browser())
                .executeCdpCommand("Browser.grantPermissions", Map.of("permissions", List.of("geolocation")));
        ((ChromeDriver) browser())
                .executeCdpCommand(
                        "Emulation.setGeolocationOverride",
                        Map.of("latitude", 20.8472, "longitude", 106.6801, "accuracy", 10));
        open("/" + SLUG + "/kien-nghi");
        find("details.field summary").click();
        waitUntil(d -> find("#location-map").isDisplayed());
        var map = find("#location-map");
        ((JavascriptExecutor) browser()).executeScript("arguments[0].scrollIntoView({block: 'center'})", map);
        map.click();
        waitUntil(d -> "true".equals(map.getAttribute("data-placed")));
        assertThat(find("#latitude").getAttribute("value")).matches("2\\d\\.\\d{6}");
        assertThat(find("#longitude").getAttribute("value")).matches("10\\d\\.\\d{6}");
        assertThat(find("#location-status").getText()).startsWith("Đã đánh dấu:");
        find("#use-my-position").click();
        waitUntil(d -> "20.847200".equals(find("#latitude").getAttribute("value")));
        assertThat(find("#longitude").getAttribute("value")).isEqualTo("106.680100");
        assertThat(noSidewaysScroll()).isTrue();
        assertAccessible();
        screenshot("petition-form-location-390");
        useViewport(1366, 900);
        open("/" + SLUG + "/kien-nghi");
        useViewport(1366, 900); // ChromeDriver's phone emulation comes back with every page
        assertThat(viewportWidth()).as("a desktop window").isEqualTo(1366);
        find("details.field summary").click();
        waitUntil(d -> find("#location-map").isDisplayed());
        find("#location-map").click();
        waitUntil(d -> "true".equals(find("#location-map").getAttribute("data-placed")));
        ((JavascriptExecutor) browser())
                .executeScript("arguments[0].scrollIntoView({block: 'center'})", find("#location-map"));
        screenshot("petition-form-location-1366");
        usePhoneViewport();
    }

    private static long viewportWidth() {
        return ((Number) ((JavascriptExecutor) browser()).executeScript("return window.innerWidth")).longValue();
    }

    private static boolean noSidewaysScroll() {
        return Boolean.TRUE.equals(((JavascriptExecutor) browser())
                .executeScript("return document.documentElement.scrollWidth <= window.innerWidth"));
    }
}
