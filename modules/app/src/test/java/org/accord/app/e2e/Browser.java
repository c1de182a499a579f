package org.accord.app.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Headless Chromium from the operating system, driven by its matching chromedriver. */
final class Browser implements AutoCloseable {

    private static final Path CHROMIUM = Path.of(System.getProperty("accord.chromium", "/usr/bin/chromium"));
    private static final Path CHROMEDRIVER = Path
            .of(System.getProperty("accord.chromedriver", "/usr/bin/chromedriver"));

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
                "--user-data-dir=" + temporaryProfile());
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

    void waitForText(By locator, String text) {
        wait.until(ExpectedConditions.textToBePresentInElementLocated(locator, text));
    }

    WebElement find(By locator) {
        return driver.findElement(locator);
    }

    java.util.List<WebElement> findAll(By locator) {
        return driver.findElements(locator);
    }

    /** Waits until the condition holds, reading the page again each time (the page may be swapped by htmx). */
    void waitUntil(java.util.function.BooleanSupplier condition) {
        wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(ignored -> condition.getAsBoolean());
    }

    void script(String javascript) {
        ((org.openqa.selenium.JavascriptExecutor) driver).executeScript(javascript);
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

    private static String temporaryProfile() {
        try {
            return Files.createTempDirectory("accord-chromium").toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
