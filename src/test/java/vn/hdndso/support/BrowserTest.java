package vn.hdndso.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Base of every {@code *BrowserTest}: the whole application on a random port ({@link IntegrationTest})
 * driven by a real, headless Debian Chromium through Selenium, as a person on a phone would use it
 * (390×844 viewport). One browser per test class; cookies are cleared before each test; a
 * screenshot of every test's last state goes to {@code target/screenshots/}.
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
