package vn.hdndso.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chromium.HasCdp;
import vn.hdndso.support.BrowserTest;

/**
 * A citizen on a cheap phone over 3G: the council site's header stays within two lines, the
 * sections and the latest documents are there, a resolution's page and signed PDF are one tap
 * away, and the first load of each public page weighs at most 100 KB before images. The load time
 * under Chrome's "Regular 3G" profile is recorded in {@code target/portal-3g.txt}.
 */
class CouncilSiteOnAPhoneBrowserTest extends BrowserTest {

    /** Chrome DevTools' "Regular 3G": 750 kbit/s down, 250 kbit/s up, 100 ms latency. */
    private static final Map<String, Object> REGULAR_3G = Map.of(
            "offline", false, "latency", 100, "downloadThroughput", 750 * 1024 / 8, "uploadThroughput", 250 * 1024 / 8);

    private static final int BUDGET_BYTES = 100 * 1024;

    @AfterEach
    void fullSpeedAgain() {
        cdp(
                "Network.emulateNetworkConditions",
                Map.of("offline", false, "latency", 0, "downloadThroughput", -1, "uploadThroughput", -1));
        cdp("Network.setCacheDisabled", Map.of("cacheDisabled", false));
    }

    @Test
    void theCouncilSiteWorksOnAPhoneOver3gWithinTheWeightBudget() throws Exception {
        String subject = "Nghị quyết thử trên điện thoại " + java.util.UUID.randomUUID();
        String id = PortalTestDocuments.issue(client, PortalTestDocuments.SLUG, subject);

        cdp("Network.enable", Map.of());
        cdp("Network.setCacheDisabled", Map.of("cacheDisabled", true));
        cdp("Network.emulateNetworkConditions", REGULAR_3G);

        var report = new StringBuilder("page\tbytes transferred\tload ms (Regular 3G, cold cache)\n");
        for (String path : List.of(
                "/",
                "/" + PortalTestDocuments.SLUG,
                "/" + PortalTestDocuments.SLUG + "/van-ban",
                "/" + PortalTestDocuments.SLUG + "/van-ban/" + id)) {
            open(path);
            long bytes = transferredBytesBeforeImages();
            long loadMs = loadMillis();
            report.append(path)
                    .append('\t')
                    .append(bytes)
                    .append('\t')
                    .append(loadMs)
                    .append('\n');
            assertThat(bytes).as("first load of %s (bytes before images)", path).isLessThanOrEqualTo(BUDGET_BYTES);
            assertThat(loadMs).as("load of %s on Regular 3G", path).isLessThan(5_000);
        }
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target", "portal-3g.txt"), report);

        open("/" + PortalTestDocuments.SLUG);
        long headerHeight = number("return document.querySelector('header.site').getBoundingClientRect().height");
        assertThat(headerHeight)
                .as("the header takes at most two lines on a phone")
                .isLessThan(90);
        assertThat(number("return document.documentElement.scrollWidth - window.innerWidth"))
                .isZero();
        assertThat(find("nav.sections").getText()).contains("Nghị quyết, văn bản", "Kỳ họp", "Lịch công tác");

        find("nav.sections a[href$='/van-ban']").click();
        waitUntil(d -> currentPath().equals("/" + PortalTestDocuments.SLUG + "/van-ban"));
        assertThat(find("h1").getText()).isEqualTo("Nghị quyết, văn bản đã ban hành");
        assertThat(find("ol.doclist").getText()).contains(subject);
        assertThat(find("ol.doclist a[href$='/" + id + "/signed.pdf']").getText())
                .startsWith("Bản PDF ký số");

        find("ol.doclist a[href$='/van-ban/" + id + "']").click();
        waitUntil(d -> currentPath().endsWith("/van-ban/" + id));
        assertThat(find("main").getText()).contains(subject);
    }

    /** Bytes over the wire for the document, styles and scripts of the page (images left out). */
    private static long transferredBytesBeforeImages() {
        return number("""
                const nav = performance.getEntriesByType('navigation')[0];
                const others = performance.getEntriesByType('resource')
                    .filter(r => r.initiatorType !== 'img' && !/\\.(png|jpe?g|gif|webp|svg|ico)(\\?|$)/.test(r.name));
                return Math.round(nav.transferSize + others.reduce((sum, r) => sum + r.transferSize, 0));
                """);
    }

    private static long loadMillis() {
        return number("""
                const nav = performance.getEntriesByType('navigation')[0];
                return Math.round(nav.loadEventEnd > 0 ? nav.loadEventEnd : performance.now());
                """);
    }

    private static long number(String script) {
        return ((Number) ((JavascriptExecutor) browser()).executeScript(script)).longValue();
    }

    private static void cdp(String command, Map<String, Object> parameters) {
        ((HasCdp) browser()).executeCdpCommand(command, parameters);
    }
}
