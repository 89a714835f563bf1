package io.remo.it.browser;

import io.remo.it.support.ItEnvironment;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Chromium from Debian's packages, in a fresh profile, at a phone's (or a desktop's) viewport, driven by
 * Selenium through Debian's chromedriver. It reaches nothing but loopback: background networking is off and every
 * other host name resolves to nothing. Screenshots are whole pages, numbered in the order taken, in a folder per
 * test that each run empties first; downloads land in the profile.
 */
final class Browser implements AutoCloseable {

    private static final Duration POLL = Duration.ofMillis(50);

    /** A phone's viewport (CSS pixels). */
    static final Dimension PHONE = new Dimension(412, 915);
    /** An operator's screen. */
    static final Dimension DESKTOP = new Dimension(1280, 900);

    private final ChromeDriver driver;
    private final Dimension viewport;
    private final Path profile;
    private final Path downloads;
    private final Path screenshots;
    private int shots;

    Browser(String screenshotFolder, Dimension viewport) {
        this.viewport = viewport;
        Path chromium = Path.of(property("remo.it.chromium"));
        Path chromedriver = Path.of(property("remo.it.chromedriver"));
        if (!Files.isExecutable(chromium) || !Files.isExecutable(chromedriver)) {
            throw new IllegalStateException(chromium + " or " + chromedriver + " is missing: ./remo test installs Debian's "
                    + "chromium and chromium-driver (apt-get install chromium chromium-driver)");
        }
        try {
            profile = Files.createTempDirectory(Files.createDirectories(ItEnvironment.workDir()), "chromium-profile-");
            downloads = Files.createDirectories(profile.resolve("downloads"));
            screenshots = Path.of(property("remo.it.screenshots")).resolve(screenshotFolder);
            deleteTree(screenshots);
            Files.createDirectories(screenshots);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        // Explicit paths: Selenium Manager has nothing to look up or download.
        System.setProperty(ChromeDriverService.CHROME_DRIVER_EXE_PROPERTY, chromedriver.toString());
        ChromeOptions options = new ChromeOptions().setBinary(chromium.toFile()).addArguments(
                "--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--no-default-browser-check", "--disable-extensions", "--disable-domain-reliability",
                "--disable-client-side-phishing-detection",
                "--disable-features=Translate,OptimizationHints,MediaRouter,AutofillServerCommunication",
                "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1, EXCLUDE localhost",
                "--force-device-scale-factor=1",
                "--window-size=" + viewport.width + "," + viewport.height,
                "--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(chromedriver.toFile())
                .usingAnyFreePort().build();
        driver = new ChromeDriver(service, options);
        driver.executeCdpCommand("Browser.setDownloadBehavior", Map.of("behavior", "allow", "downloadPath", downloads.toString()));
    }

    WebDriver driver() {
        return driver;
    }

    void open(URI uri) {
        driver.get(uri.toString());
    }

    void reload() {
        driver.navigate().refresh();
    }

    /** Waits for a download to be complete and returns its bytes. */
    byte[] awaitDownload(String fileName, Duration timeout) {
        Path file = downloads.resolve(fileName);
        await(timeout, d -> Files.isRegularFile(file) && !Files.exists(downloads.resolve(fileName + ".crdownload")));
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    WebElement find(String css) {
        return driver.findElement(By.cssSelector(css));
    }

    List<WebElement> findAll(String css) {
        return driver.findElements(By.cssSelector(css));
    }

    Object script(String script, Object... arguments) {
        return driver.executeScript(script, arguments);
    }

    /** Polls every 50 ms, not Selenium's 500: the flow waits on some fifty conditions that mostly hold within ms. */
    <T> T await(Duration timeout, Function<WebDriver, T> condition) {
        return new WebDriverWait(driver, timeout, POLL).until(condition);
    }

    WebElement awaitVisible(String css, Duration timeout) {
        return await(timeout, ExpectedConditions.visibilityOfElementLocated(By.cssSelector(css)));
    }

    /** Waits until the client shows the screen of {@code step} (the welcome screen is "welcome"). */
    void awaitStep(String step, Duration timeout) {
        await(timeout, ExpectedConditions.attributeToBe(By.id("screen"), "data-step", step));
    }

    /** Waits until every image of the page has loaded (none broken: each has a size). */
    void awaitImages(Duration timeout) {
        await(timeout, d -> (Boolean) ((JavascriptExecutor) d).executeScript(
                "return [...document.images].filter(i => i.getClientRects().length)"
                        + ".every(i => i.complete && i.naturalWidth > 0)"));
    }

    /**
     * Saves a PNG of the whole page: the viewport is stretched to the page's height for the shot (so that images
     * further down load and show), then given back its size.
     */
    Path screenshot(String name) {
        driver.executeCdpCommand("Emulation.setScrollbarsHidden", Map.of("hidden", true));
        long height = viewport.height;
        // A taller viewport can lay the page out taller still (100vh, images coming in): until it holds still.
        for (int attempt = 0; attempt < 5; attempt++) {
            long page = (Long) script("return Math.ceil(document.documentElement.scrollHeight)");
            if (page <= height && attempt > 0) {
                break;
            }
            height = Math.max(height, page);
            driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                    Map.of("width", viewport.width, "height", height, "deviceScaleFactor", 1, "mobile", false));
        }
        try {
            awaitImages(Duration.ofSeconds(20));
            String png = (String) driver.executeCdpCommand("Page.captureScreenshot", Map.of("format", "png")).get("data");
            Path file = screenshots.resolve(String.format("%02d-%s.png", ++shots, name));
            Files.write(file, Base64.getDecoder().decode(png));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
            driver.executeCdpCommand("Emulation.setScrollbarsHidden", Map.of("hidden", false));
        }
    }

    @Override
    public void close() {
        driver.quit();
        deleteTree(profile);
    }

    private static void deleteTree(Path root) {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> files = Files.walk(root)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String property(String name) {
        String value = System.getProperty(name);
        if (value == null) {
            throw new IllegalStateException("system property " + name + " is not set: run the tests through Maven (./remo test)");
        }
        return value;
    }
}
