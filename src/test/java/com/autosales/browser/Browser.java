package com.autosales.browser;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.autosales.support.Logins;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.stream.Stream;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * One headless Debian Chromium driven through the system chromedriver (never Selenium Manager,
 * which would try to download a browser), pointed at the app on a local port. A test class
 * starts one and reuses it for all its tests.
 */
public final class Browser implements AutoCloseable {

    public static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    public static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    public static final Dimension DESKTOP = new Dimension(1366, 900);
    public static final Dimension PHONE = new Dimension(390, 844);

    private static final Duration PATIENCE = Duration.ofSeconds(20); // a loaded CI machine may take this long

    private final String base;
    private final Path profile;
    private final ChromeDriverService service;
    private final ChromeDriver driver;
    private final WebDriverWait wait;

    private Browser(int port, Dimension size) throws IOException {
        this.base = "http://localhost:" + port;
        this.profile = Files.createTempDirectory("autosales-chromium-");
        this.service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort()
                .withSilent(true)
                .build();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--hide-scrollbars", "--lang=zh-CN",
                "--user-data-dir=" + profile.toAbsolutePath(),
                "--window-size=" + size.getWidth() + "," + size.getHeight());
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        this.driver = new ChromeDriver(service, options);
        this.wait = new WebDriverWait(driver, PATIENCE);
        // a condition that reads an element htmx or a reload replaced meanwhile is simply asked again
        this.wait.ignoring(StaleElementReferenceException.class);
        resize(size);
    }

    /** Skips the calling test (with the way to fix it) when this machine has no Chromium. */
    public static void assumeInstalled() {
        assumeTrue(Files.isExecutable(CHROMIUM), "Chromium not installed: apt-get install chromium chromium-driver");
        assumeTrue(Files.isExecutable(CHROMEDRIVER), "chromedriver not installed: apt-get install chromium chromium-driver");
    }

    public static Browser start(int port) {
        return start(port, DESKTOP);
    }

    public static Browser start(int port, Dimension size) {
        assumeInstalled();
        try {
            return new Browser(port, size);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public ChromeDriver driver() {
        return driver;
    }

    public void resize(Dimension size) {
        driver.manage().window().setSize(size);
        // the window size includes browser chrome; make the page itself the wanted size
        Object inner = js("return [window.innerWidth, window.innerHeight];");
        if (inner instanceof List<?> dims && dims.size() == 2) {
            int dw = size.getWidth() - ((Number) dims.get(0)).intValue();
            int dh = size.getHeight() - ((Number) dims.get(1)).intValue();
            if (dw != 0 || dh != 0) {
                driver.manage().window().setSize(new Dimension(size.getWidth() + dw, size.getHeight() + dh));
            }
        }
    }

    public Browser open(String path) {
        driver.get(base + path);
        return this;
    }

    public String url() {
        return driver.getCurrentUrl();
    }

    public WebElement find(String css) {
        return wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(css)));
    }

    public WebElement visible(String css) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(css)));
    }

    public List<WebElement> all(String css) {
        return driver.findElements(By.cssSelector(css));
    }

    public boolean present(String css) {
        return !driver.findElements(By.cssSelector(css)).isEmpty();
    }

    public void click(String css) {
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(css))).click();
    }

    public void type(String css, String text) {
        WebElement field = visible(css);
        field.clear();
        field.sendKeys(text);
    }

    /** Text of the whole page as a person sees it. */
    /** The text of an element once present; an element replaced by htmx meanwhile is looked up again. */
    public String text(String css) {
        return wait.until(d -> d.findElement(By.cssSelector(css)).getText());
    }

    public String pageText() {
        return driver.findElement(By.tagName("body")).getText();
    }

    public void waitUntil(String what, java.util.function.Supplier<Boolean> condition) {
        wait.withMessage(what).until(d -> condition.get());
    }

    public void waitForText(String css, String text) {
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(css), text));
    }

    public void waitForUrlContaining(String fragment) {
        wait.until(ExpectedConditions.urlContains(fragment));
    }

    /** Waits until htmx has no request in flight (requests add the htmx-request class). */
    public void waitForHtmx() {
        waitUntil("htmx to settle", () -> Boolean.TRUE.equals(js(
                "return document.readyState === 'complete' && !!window.htmx && document.querySelectorAll('.htmx-request').length === 0;")));
    }

    public Object js(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    /** Logs in through the login form, from wherever the browser is. */
    public void logIn(String username, String password) {
        if (!url().contains("/login")) {
            open("/login");
        }
        type("#username", username);
        type("#password", password);
        WebElement submit = find("#login-submit");
        submit.click();
        // the form posts and the browser loads the next page; wait for it, or the next step races the login
        wait.until(d -> gone(submit));
    }

    /**
     * Whether the page holding the element has been replaced. Chromium answers a question about an element of a page
     * being torn down either "stale" or, in the middle of the swap, "does not belong to the document": both mean gone.
     */
    private static boolean gone(WebElement element) {
        try {
            element.isEnabled();
            return false;
        } catch (StaleElementReferenceException replaced) {
            return true;
        } catch (org.openqa.selenium.WebDriverException swapping) {
            if (String.valueOf(swapping.getMessage()).contains("does not belong to the document")) {
                return true;
            }
            throw swapping;
        }
    }

    /** Signs out whoever was signed in and signs in as this demo user, landing on the workbench. */
    public void logInAs(String username) {
        deleteAllCookies();
        open("/login");
        logIn(username, Logins.DEMO_PASSWORD);
        find("#greeting");
    }

    /** Fetches a file (an export) with the browser's own session, as a download link would, and answers its bytes. */
    public byte[] download(String path) {
        Object base64 = ((JavascriptExecutor) driver).executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                fetch(arguments[0])
                  .then(r => r.arrayBuffer())
                  .then(b => { let s = ''; new Uint8Array(b).forEach(x => s += String.fromCharCode(x)); done(btoa(s)); });
                """, path);
        return java.util.Base64.getDecoder().decode((String) base64);
    }

    /** Scrolls the element to the middle of the window first, so a sticky bar or the phone's width cannot cover it. */
    public void clickCentered(String css) {
        js("document.querySelector(arguments[0]).scrollIntoView({block: 'center', inline: 'end', behavior: 'instant'})", css);
        click(css);
    }

    public void deleteCookie(String name) {
        driver.manage().deleteCookieNamed(name);
    }

    public void deleteAllCookies() {
        driver.manage().deleteAllCookies();
    }

    /** Saves a PNG of the viewport under {@code screenshots.dir} (target/screenshots by default). */
    public Path screenshot(String name) {
        try {
            Path dir = Path.of(System.getProperty("screenshots.dir", "target/screenshots"));
            Files.createDirectories(dir);
            Path target = dir.resolve(name.endsWith(".png") ? name : name + ".png");
            File shot = driver.getScreenshotAs(OutputType.FILE);
            Files.copy(shot.toPath(), target, StandardCopyOption.REPLACE_EXISTING);
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Console messages at SEVERE level since the last call: failed loads, CSP refusals, script errors. */
    public List<String> consoleErrors() {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue())
                .map(LogEntry::getMessage)
                .toList();
    }

    /** Computed CSS property of the first element matching {@code css}. */
    public String style(String css, String property) {
        return find(css).getCssValue(property);
    }

    public Map<String, Object> viewport() {
        @SuppressWarnings("unchecked")
        Map<String, Object> dims = (Map<String, Object>) js(
                "return {inner: window.innerWidth, scroll: document.documentElement.scrollWidth, body: document.body.scrollWidth};");
        return dims;
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            service.stop();
            deleteQuietly(profile);
        }
    }

    private static void deleteQuietly(Path dir) {
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException | UncheckedIOException ignored) {
            // a temp dir left behind is harmless
        }
    }
}
