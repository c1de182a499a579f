package org.accord.app.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Chromium from the operating system, driven by its matching chromedriver. Files it downloads land in a
 * directory of its own.
 */
final class Browser implements AutoCloseable {

    private static final Path CHROMIUM = Path.of(System.getProperty("accord.chromium", "/usr/bin/chromium"));
    private static final Path CHROMEDRIVER = Path
            .of(System.getProperty("accord.chromedriver", "/usr/bin/chromedriver"));

    private static final Duration PATIENCE = Duration.ofSeconds(60);

    private final Path downloads = temporaryDirectory("accord-downloads");
    private final WebDriver driver;
    private final WebDriverWait wait;

    Browser() {
        if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
            throw new IllegalStateException("Browser tests need Chromium and chromedriver at " + CHROMIUM + " and "
                    + CHROMEDRIVER + " (Debian: apt-get install chromium chromium-driver)");
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--lang=en-GB", "--window-size=1280,900",
                "--user-data-dir=" + temporaryDirectory("accord-chromium"));
        options.setExperimentalOption("prefs",
                Map.of("download.default_directory", downloads.toString(), "download.prompt_for_download", false));
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort().build();
        driver = new ChromeDriver(service, options);
        wait = new WebDriverWait(driver, Duration.ofSeconds(30));
    }

    void open(String url) {
        driver.get(url);
    }

    WebElement waitFor(By locator) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(locator));
    }

    /** The same, for pages that take longer than a click usually does, such as ones rendering documents. */
    WebElement waitFor(By locator, Duration patience) {
        return new WebDriverWait(driver, patience).until(ExpectedConditions.visibilityOfElementLocated(locator));
    }

    /** Opens the page again until the element is there: modules hear of each other's news by events. */
    void openUntilShown(String url, By locator, String what) {
        Instant deadline = Instant.now().plus(PATIENCE);
        while (true) {
            open(url);
            if (!findAll(locator).isEmpty()) {
                return;
            }
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("Waited " + PATIENCE.toSeconds() + " s for " + what + " on " + url);
            }
            pause();
        }
    }

    void waitForText(By locator, String text) {
        waitUntil(() -> {
            try {
                return find(locator).getText().contains(text);
            } catch (org.openqa.selenium.NoSuchElementException notYet) {
                return false;
            } catch (org.openqa.selenium.WebDriverException e) {
                if (replaced(e)) {
                    return false;
                }
                throw e;
            }
        });
    }

    WebElement find(By locator) {
        return driver.findElement(locator);
    }

    List<WebElement> findAll(By locator) {
        return driver.findElements(locator);
    }

    /** Waits until the condition holds, reading the page again each time (the page may be swapped by htmx). */
    void waitUntil(java.util.function.BooleanSupplier condition) {
        wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(ignored -> condition.getAsBoolean());
    }

    /** The same, for conditions that take longer than a click usually does. */
    void waitUntil(Duration patience, java.util.function.BooleanSupplier condition) {
        new WebDriverWait(driver, patience).ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(ignored -> condition.getAsBoolean());
    }

    /**
     * Runs reads of the page again when a live refresh replaced an element they held: pages that follow a stream fetch
     * their parts again once it opens (docs/adr/0029-live-updates-across-instances.md).
     */
    void read(Runnable reads) {
        read(() -> {
            reads.run();
            return null;
        });
    }

    /** The same, for reads that give a value. */
    <T> T read(java.util.function.Supplier<T> reads) {
        for (int attempt = 1;; attempt++) {
            try {
                return reads.get();
            } catch (org.openqa.selenium.WebDriverException e) {
                if (!replaced(e) || attempt == 10) {
                    throw e;
                }
                pause(Duration.ofMillis(300));
            }
        }
    }

    /** Waits until the browser has finished downloading a file whose name ends with {@code suffix}. */
    Path awaitDownload(String suffix) {
        return new WebDriverWait(driver, PATIENCE).until(ignored -> download(suffix).orElse(null));
    }

    /** A finished download whose name ends with {@code suffix}; none while any download is still under way. */
    Optional<Path> download(String suffix) {
        try (Stream<Path> files = Files.list(downloads)) {
            List<Path> present = files.toList();
            return present.stream().anyMatch(file -> file.toString().endsWith(".crdownload"))
                    ? Optional.empty()
                    : present.stream().filter(file -> file.getFileName().toString().endsWith(suffix)).findFirst();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void script(String javascript) {
        ((org.openqa.selenium.JavascriptExecutor) driver).executeScript(javascript);
    }

    /** Runs a script in the page and gives what it returns (numbers as {@code Long} or {@code Double}). */
    @SuppressWarnings("unchecked")
    <T> T evaluate(String javascript, Object... arguments) {
        return (T) ((org.openqa.selenium.JavascriptExecutor) driver).executeScript(javascript, arguments);
    }

    /** Key presses and other input sent as a person sends them, to whatever element has the focus. */
    org.openqa.selenium.interactions.Actions keyboard() {
        return new org.openqa.selenium.interactions.Actions(driver);
    }

    /** The element that has the focus now. */
    WebElement focused() {
        return driver.switchTo().activeElement();
    }

    /**
     * Lays pages out as a screen this many CSS pixels wide and high shows them, with this many device pixels to a CSS
     * pixel: a phone is 320 wide at 2, and a 1280 px window zoomed to 200% is 640 wide at 2, which is what the
     * browser's own zoom does to the page.
     */
    void emulateScreen(int width, int height, double pixelRatio, boolean mobile) {
        ((ChromeDriver) driver).executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", width, "height", height, "deviceScaleFactor", pixelRatio, "mobile", mobile));
    }

    /** Sets a cookie on the current page's site, as a person's earlier choice would have. */
    void setCookie(String name, String value) {
        driver.manage().addCookie(new org.openqa.selenium.Cookie(name, value, "/"));
    }

    /** The driver itself, for tools that take one (axe-core's runner). */
    WebDriver driver() {
        return driver;
    }

    void select(By locator, String value) {
        new Select(find(locator)).selectByValue(value);
    }

    String currentUrl() {
        return driver.getCurrentUrl();
    }

    /** The cookies the browser holds for the current page's site, as a {@code Cookie} request header. */
    String cookieHeader() {
        return driver.manage().getCookies().stream().map(cookie -> cookie.getName() + "=" + cookie.getValue())
                .collect(java.util.stream.Collectors.joining("; "));
    }

    /** Fills Keycloak's real login form. */
    void signInAtKeycloak(String username, String password) {
        waitFor(By.id("username")).sendKeys(username);
        driver.findElement(By.id("password")).sendKeys(password);
        driver.findElement(By.id("kc-login")).click();
    }

    @Override
    public void close() {
        driver.quit();
    }

    private static Path temporaryDirectory(String prefix) {
        try {
            return Files.createTempDirectory(prefix);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Whether the element a command held was replaced (htmx swapped it): Selenium's stale element, or Chromium's
     * inspector error for a node no longer in the document.
     */
    private static boolean replaced(org.openqa.selenium.WebDriverException e) {
        return e instanceof org.openqa.selenium.StaleElementReferenceException
                || String.valueOf(e.getMessage()).contains("does not belong to the document");
    }

    private static void pause() {
        pause(Duration.ofSeconds(1));
    }

    private static void pause(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("Interrupted while waiting", e);
        }
    }
}
