package vn.hdndso.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Base of every {@code *BrowserTest}: the whole application on a random port ({@link IntegrationTest})
 * driven by a real, headless Debian Chromium through Selenium, as a person on a phone would use it
 * (390×844 viewport). One browser per test class; cookies are cleared before each test; a
 * screenshot of every test's last state goes to {@code target/screenshots/}.
 *
 * <p>Every test fails when the browser logged a Content-Security-Policy violation (an inline style
 * or script the policy blocked) on any page it visited; {@link #assertAccessible()} runs axe-core
 * (vendored under {@code src/test/resources/axe/}, MPL-2.0) on the page shown and fails on any WCAG
 * 2.1 A or AA violation.
 *
 * <p>Needs {@code /usr/bin/chromium} and {@code /usr/bin/chromedriver} (Debian packages
 * {@code chromium} and {@code chromium-driver}); without them the tests fail with a message saying
 * so. {@code -DskipBrowserTests=true} skips them. Selenium Manager never runs: it would try to
 * download a browser and a driver from the internet.
 */
@IntegrationTest
@ExtendWith(BrowserTest.Screenshots.class)
public abstract class BrowserTest {

    public static final String CHROMIUM = System.getProperty("hdnd.test.chromium", "/usr/bin/chromium");
    public static final String CHROMEDRIVER = System.getProperty("hdnd.test.chromedriver", "/usr/bin/chromedriver");
    public static final Path SCREENSHOTS = Path.of("target", "screenshots");
    public static final int VIEWPORT_WIDTH = 390;
    public static final int VIEWPORT_HEIGHT = 844;
    protected static final Duration WAIT = Duration.ofSeconds(15);

    private static WebDriver driver;
    private static Path profile;

    @Autowired
    protected TestClient client;

    @BeforeAll
    static void startBrowser() throws IOException {
        requireExecutable(CHROMIUM, "chromium");
        requireExecutable(CHROMEDRIVER, "chromium-driver");
        // the driver is given explicitly below; this keeps Selenium Manager (a downloader) out for good
        System.setProperty("webdriver.chrome.driver", CHROMEDRIVER);
        profile = Files.createTempDirectory("hdnd-chromium-");
        var options = new ChromeOptions()
                .setBinary(CHROMIUM)
                .addArguments(
                        "--headless=new",
                        "--no-sandbox",
                        "--disable-gpu",
                        "--disable-dev-shm-usage",
                        "--disable-quic",
                        "--disable-background-networking",
                        "--disable-component-update",
                        "--disable-sync",
                        "--no-first-run",
                        "--window-size=390,844",
                        "--lang=vi",
                        "--user-data-dir=" + profile.toAbsolutePath());
        // headless Chromium keeps windows at least 500 px wide: a phone's viewport needs emulation
        // the browser's console, read after each test for Content-Security-Policy violations
        var logging = new LoggingPreferences();
        logging.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logging);
        options.setExperimentalOption(
                "mobileEmulation",
                Map.of("deviceMetrics", Map.of("width", VIEWPORT_WIDTH, "height", VIEWPORT_HEIGHT, "pixelRatio", 1.0)));
        var service = new ChromeDriverService.Builder()
                .usingDriverExecutable(Path.of(CHROMEDRIVER).toFile())
                .usingAnyFreePort()
                .withLogOutput(java.io.OutputStream.nullOutputStream())
                .build();
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
    }

    @AfterAll
    static void quitBrowser() throws IOException {
        try {
            if (driver != null) {
                driver.quit();
            }
        } finally {
            driver = null;
            deleteRecursively(profile);
            profile = null;
        }
    }

    @BeforeEach
    void startWithoutCookies() {
        // the browser only ever visits the application, so its cookies are the only ones there are
        if (browser().getCurrentUrl().startsWith(client.baseUrl())) {
            browser().manage().deleteAllCookies();
        }
        // what earlier tests left in the console is theirs
        browser().manage().logs().get(LogType.BROWSER);
    }

    /** Fails the test if any page it visited logged a Content-Security-Policy violation. */
    @AfterEach
    void noContentSecurityPolicyViolation() {
        if (driver == null) {
            return;
        }
        List<String> violations = contentSecurityPolicyViolations();
        if (!violations.isEmpty()) {
            throw new AssertionError("the browser logged Content-Security-Policy violations (inline styles or"
                    + " scripts the policy blocks; use classes and static files):\n  "
                    + String.join("\n  ", violations));
        }
    }

    /** The Content-Security-Policy violations the console logged since it was last read. */
    protected static List<String> contentSecurityPolicyViolations() {
        List<String> found = new ArrayList<>();
        for (LogEntry entry : browser().manage().logs().get(LogType.BROWSER)) {
            if (entry.getMessage().contains("Content Security Policy")) {
                found.add(entry.getMessage());
            }
        }
        return found;
    }

    /**
     * Runs axe-core on the page the browser shows and fails, listing each rule and the elements
     * it found, if the page violates WCAG 2.1 A or AA.
     */
    protected static void assertAccessible() {
        var js = (JavascriptExecutor) browser();
        js.executeScript(AxeScript.SOURCE);
        Object result = js.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']},
                                   resultTypes: ['violations']})
                   .then(r => done(JSON.stringify(r.violations.map(v => ({
                       id: v.id, impact: v.impact, help: v.help,
                       nodes: v.nodes.slice(0, 5).map(n => n.target.join(' ') + ' — ' + n.failureSummary)})))))
                   .catch(e => done(JSON.stringify([{id: 'axe-error', impact: 'error', help: String(e), nodes: []}])));
                """);
        JsonNode violations = AxeScript.JSON.readTree(String.valueOf(result));
        if (!violations.isEmpty()) {
            var report = new StringBuilder("axe-core found WCAG 2.1 A/AA violations on ")
                    .append(browser().getCurrentUrl());
            for (JsonNode v : violations) {
                report.append("\n  ")
                        .append(v.path("id").asString())
                        .append(" (")
                        .append(v.path("impact").asString())
                        .append("): ")
                        .append(v.path("help").asString());
                for (JsonNode node : v.path("nodes")) {
                    report.append("\n      ").append(node.asString().replace('\n', ' '));
                }
            }
            throw new AssertionError(report.toString());
        }
    }

    /**
     * Shows pages at another size (e.g. 1366×900 for a desktop screenshot) until {@link
     * #usePhoneViewport()} or the next test class.
     */
    protected static void useViewport(int width, int height) {
        ((ChromeDriver) browser())
                .executeCdpCommand(
                        "Emulation.setDeviceMetricsOverride",
                        Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", width < 600));
    }

    /** Back to the phone's 390×844. */
    protected static void usePhoneViewport() {
        useViewport(VIEWPORT_WIDTH, VIEWPORT_HEIGHT);
    }

    /** Saves what the browser shows now as {@code target/screenshots/<name>.png}. */
    protected static Path screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            Path shot = ((TakesScreenshot) browser())
                    .getScreenshotAs(OutputType.FILE)
                    .toPath();
            return Files.move(shot, SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException("could not save the screenshot " + name, e);
        }
    }

    /** How wide the page is: more than the viewport means it scrolls sideways. */
    protected static long scrollWidth() {
        return ((Number) ((JavascriptExecutor) browser()).executeScript("return document.documentElement.scrollWidth"))
                .longValue();
    }

    /** The vendored axe-core, read once. */
    private static final class AxeScript {
        static final JsonMapper JSON = JsonMapper.builder().build();
        static final String SOURCE = read("/axe/axe.min.js");

        private static String read(String resource) {
            try (InputStream in = BrowserTest.class.getResourceAsStream(resource)) {
                if (in == null) {
                    throw new IllegalStateException("missing test resource " + resource);
                }
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** The browser of this test class. */
    protected static WebDriver browser() {
        if (driver == null) {
            throw new IllegalStateException("the browser is not running");
        }
        return driver;
    }

    /** Opens a path of the application under test, e.g. {@code "/nhi-chieu"}. */
    protected void open(String path) {
        browser().get(client.baseUrl() + path);
    }

    /** The path (and query) of the page the browser shows. */
    protected String currentPath() {
        String url = browser().getCurrentUrl();
        return url.startsWith(client.baseUrl()) ? url.substring(client.baseUrl().length()) : url;
    }

    protected static WebElement find(String cssSelector) {
        return browser().findElement(By.cssSelector(cssSelector));
    }

    protected static <T> T waitUntil(ExpectedCondition<T> condition) {
        return new WebDriverWait(browser(), WAIT)
                .ignoring(StaleElementReferenceException.class)
                .until(condition);
    }

    /** The element that has the keyboard focus. */
    protected static WebElement focused() {
        return browser().switchTo().activeElement();
    }

    private static void requireExecutable(String path, String debianPackage) {
        if (!Files.isExecutable(Path.of(path))) {
            throw new IllegalStateException("Browser tests need " + path + " (Debian package '" + debianPackage
                    + "'): install it with 'apt-get install -y chromium chromium-driver' (.ci/run does),"
                    + " or skip the browser tests with -DskipBrowserTests=true.");
        }
    }

    private static void deleteRecursively(Path directory) throws IOException {
        if (directory == null || !Files.exists(directory)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(directory)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> {
                try {
                    Files.deleteIfExists(path);
                } catch (IOException e) {
                    // Chromium may still be writing its profile while it exits; the temp folder is harmless
                }
            });
        }
    }

    /** Saves what the browser shows at the end of each test, passed or failed. */
    static class Screenshots implements AfterTestExecutionCallback {

        @Override
        public void afterTestExecution(ExtensionContext context) {
            if (driver == null) {
                return;
            }
            String outcome = context.getExecutionException().isPresent() ? "FAILED-" : "";
            String invocation = context.getRequiredTestMethod().getParameterCount() == 0
                    ? ""
                    : "-" + context.getDisplayName().replaceAll("[^A-Za-z0-9-]+", "_");
            String name = outcome
                    + context.getRequiredTestClass().getSimpleName() + "."
                    + context.getRequiredTestMethod().getName() + invocation + ".png";
            try {
                Files.createDirectories(SCREENSHOTS);
                Path shot = ((TakesScreenshot) driver)
                        .getScreenshotAs(OutputType.FILE)
                        .toPath();
                Files.move(shot, SCREENSHOTS.resolve(name), StandardCopyOption.REPLACE_EXISTING);
            } catch (IOException e) {
                throw new UncheckedIOException("could not save the screenshot " + name, e);
            } catch (RuntimeException e) {
                // a browser that crashed cannot take a screenshot; the test's own failure says why
                if (context.getExecutionException().isEmpty()) {
                    throw e;
                }
            }
        }
    }
}
