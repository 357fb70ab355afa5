package be.eloket.test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.io.File;
import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptException;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A headless Chromium driven as a person would: opens pages, types, clicks, reads. Every page it
 * lands on is checked with axe-core for WCAG 2.1 A and AA (UX-2); a violation fails the test
 * with the rule, the element and the page.
 */
public final class Browser implements AutoCloseable {

    private static final List<String> WCAG_21_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

    // Starting Chromium and its driver takes seconds on a small machine, and the browser tests open
    // some eighty browsers: a closed one is emptied (its cookies, its storage, its other tabs) and
    // kept for the next test instead, as a person's browser between two visits; those still kept
    // are quit when the test JVM ends.
    private static final Deque<Chromium> IDLE = new ArrayDeque<>();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(Browser::quitIdle, "quit-idle-chromium"));
    }

    private final Chromium chromium;
    private final WebDriver driver;
    private final String base;
    private final String origin;

    private Browser(URL base) throws IOException {
        this.base = base.toString().endsWith("/") ? base.toString() : base + "/";
        this.origin = base.getProtocol() + "://" + base.getAuthority();
        this.chromium = idleOrStarted();
        this.driver = chromium.driver();
    }

    private static Chromium idleOrStarted() throws IOException {
        synchronized (IDLE) {
            if (!IDLE.isEmpty()) {
                return IDLE.pop();
            }
        }
        return Chromium.start();
    }

    private static void quitIdle() {
        synchronized (IDLE) {
            IDLE.forEach(Chromium::quit);
            IDLE.clear();
        }
    }

    /** One headless Chromium with its driver and its own profile folder. */
    private record Chromium(ChromeDriver driver, Path profile) {

        static Chromium start() throws IOException {
            Path profile = Files.createTempDirectory("eloket-chromium");
            ChromeOptions options = new ChromeOptions();
            options.setBinary(System.getProperty("chromium.binary", "/usr/bin/chromium"));
            options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                    "--disable-background-networking", "--disable-component-update", "--disable-sync",
                    "--disable-dev-shm-usage", "--window-size=1280,1024", "--lang=nl-BE",
                    "--user-data-dir=" + profile);
            // The console, to see what the Content-Security-Policy refused (SEC-7).
            options.setCapability("goog:loggingPrefs", Map.of("browser", "ALL"));
            ChromeDriverService service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(new File(System.getProperty("chromedriver.binary", "/usr/bin/chromedriver")))
                    .build();
            ChromeDriver driver = new ChromeDriver(service, options);
            driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
            return new Chromium(driver, profile);
        }

        /**
         * Leaves the browser as a new one would be for the portal at {@code origin}: one blank tab,
         * no cookie (so no session), nothing stored. False when the browser did not answer (each
         * command fails when Chromium refuses it).
         */
        boolean emptied(String origin) {
            try {
                Set<String> handles = driver.getWindowHandles();
                String first = handles.iterator().next();
                for (String handle : handles) {
                    if (!handle.equals(first)) {
                        driver.switchTo().window(handle).close();
                    }
                }
                driver.switchTo().window(first).get("about:blank");
                driver.executeCdpCommand("Network.clearBrowserCookies", Map.of());
                driver.executeCdpCommand("Storage.clearDataForOrigin", Map.of("origin", origin, "storageTypes", "all"));
                // The console of the tests before starts empty too (read is emptied).
                driver.manage().logs().get(LogType.BROWSER);
                return true;
            } catch (RuntimeException e) {
                return false;
            }
        }

        void quit() {
            try {
                driver.quit();
            } catch (RuntimeException e) {
                // A browser that does not answer any more is gone with its process.
            }
            try (var files = Files.walk(profile)) {
                files.sorted(java.util.Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
            } catch (IOException e) {
                // The temporary profile is only disk space.
            }
        }
    }

    public static Browser open(URL base) {
        try {
            return new Browser(base);
        } catch (IOException e) {
            throw new IllegalStateException("cannot create a browser profile", e);
        }
    }

    /**
     * A browser logged in as {@code account}: the keys user and password, as {@link RemoteTestData}
     * answers them for a facility or a member of staff.
     */
    public static Browser loggedIn(URL base, Map<String, String> account) {
        Browser browser = open(base);
        try {
            return browser.login(account.get("user"), account.get("password"));
        } catch (RuntimeException | Error e) {
            browser.close();
            throw e;
        }
    }

    public WebDriver driver() {
        return driver;
    }

    /** Opens {@code path} (relative to the application) and checks the page it lands on. */
    public Browser go(String path) {
        driver.get(base + path);
        return checked();
    }

    /**
     * The serialised size of this browser's session, in total ({@code total=…}, the first line) and
     * by attribute and kept page (P4, {@code /test-data/session-size}), read in the current tab.
     */
    public String sessionSizes() {
        driver.get(base + "test-data/session-size");
        return driver.findElement(By.tagName("body")).getText();
    }

    /** Logs in through the login page; lands on the person's home page. */
    public Browser login(String username, String password) {
        go("login.xhtml");
        type(By.id("login:username"), username);
        type(By.id("login:password"), password);
        return click(By.id("login:submit"));
    }

    public Browser type(By field, String text) {
        WebElement element = waitFor(field);
        element.clear();
        element.sendKeys(text);
        return this;
    }

    /**
     * Selects what the field holds and types over it, as a person does: a date picker puts back
     * what {@link #type} clears.
     */
    public Browser typeOver(By field, String text) {
        waitFor(field).sendKeys(Keys.chord(Keys.CONTROL, "a"), text);
        return this;
    }

    /** Clicks and waits until the page (or the ajax update) has settled, then checks it. */
    public Browser click(By target) {
        waitFor(target).click();
        return settled().checked();
    }

    /** Clicks without the accessibility check, for intermediate states such as an opened menu. */
    public Browser press(By target) {
        waitFor(target).click();
        return settled();
    }

    public String text(By target) {
        return waitFor(target).getText();
    }

    public boolean isPresent(By target) {
        return !driver.findElements(target).isEmpty();
    }

    public String title() {
        return driver.getTitle();
    }

    public String heading() {
        return text(By.tagName("h1"));
    }

    public WebElement waitFor(By target) {
        return new WebDriverWait(driver, Duration.ofSeconds(15)).until(ExpectedConditions.presenceOfElementLocated(target));
    }

    public void waitUntilGone(By target) {
        new WebDriverWait(driver, Duration.ofSeconds(15)).until(ExpectedConditions.invisibilityOfElementLocated(target));
    }

    /**
     * MSG-17, BO-9: chooses a file of {@code bytes} (a sparse file: nothing is written) in the upload
     * field {@code field} of form {@code form}, which the browser refuses as too large; answers what
     * the message beside the field ({@code field-message}) says, and that no upload was sent.
     */
    public String attachTooLarge(String form, String field, long bytes) throws IOException {
        Path file = Files.createTempDirectory("eloket-upload").resolve("scan van het dossier.pdf");
        try (java.io.RandomAccessFile sparse = new java.io.RandomAccessFile(file.toFile(), "rw")) {
            sparse.setLength(bytes);
        }
        driver.findElement(By.cssSelector("[id='" + form + ":" + field + "'] input[type=file]")).sendKeys(file.toString());
        By said = By.id(form + ":" + field + "-message");
        new WebDriverWait(driver, Duration.ofSeconds(15)).until(d -> !d.findElement(said).getText().isBlank());
        assertEquals(0, driver.findElements(By.cssSelector("[id='" + form + ":" + field + "'] .ui-fileupload-row")).size(),
                "the file is not being sent");
        return settled().text(said);
    }

    /** Waits until the document is loaded and no PrimeFaces ajax request is running. */
    public Browser settled() {
        new WebDriverWait(driver, Duration.ofSeconds(15)).until(d -> Boolean.TRUE.equals(((org.openqa.selenium.JavascriptExecutor) d)
                .executeScript("return document.readyState === 'complete'"
                        + " && (!window.PrimeFaces || !PrimeFaces.ajax || PrimeFaces.ajax.Queue.isEmpty())"
                        + " && (!window.jQuery || jQuery.active === 0);")));
        return this;
    }

    /**
     * Fails on any WCAG 2.1 A/AA violation of the current page (UX-2). With
     * {@code -Deloket.test.screenshots=true} every checked page is also kept as a picture in
     * target/screenshots, to look at the screens the tests walk through.
     */
    public Browser checked() {
        if (Boolean.getBoolean("eloket.test.screenshots")) {
            screenshot("page");
        }
        assertNoPolicyViolation();
        List<Rule> violations = analysed().getViolations();
        if (!violations.isEmpty()) {
            // A button caught in the middle of its colour transition after a click is no violation:
            // only what is still wrong once the page stood still counts.
            violations = settled().analysed().getViolations();
        }
        if (!violations.isEmpty()) {
            screenshot("axe-violation");
            fail("UX-2 accessibility violations on " + driver.getCurrentUrl() + ":\n" + violations.stream()
                    .map(rule -> "- " + rule.getId() + ": " + rule.getHelp() + " @ " + rule.getNodes().stream()
                            .map(node -> String.valueOf(node.getTarget())).collect(Collectors.joining(", ")))
                    .collect(Collectors.joining("\n")));
        }
        return this;
    }

    /**
     * SEC-7: nothing on the page was refused by the Content-Security-Policy since the last look at
     * the console (an inline script or handler without the page's nonce, a resource of another
     * origin): it would be a feature that silently does not work.
     */
    public void assertNoPolicyViolation() {
        List<String> refused = driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .map(LogEntry::getMessage)
                .filter(message -> message.contains("Content Security Policy"))
                .toList();
        assertTrue(refused.isEmpty(), "refused by the Content-Security-Policy on " + driver.getCurrentUrl() + ":\n"
                + String.join("\n", refused));
    }

    /**
     * axe-core's verdict on the page. A click that submits a form may replace the page while axe is
     * being injected into the old one; then the new page is asked, once it is loaded.
     */
    private Results analysed() {
        try {
            return new AxeBuilder().withTags(WCAG_21_AA).analyze(driver);
        } catch (JavascriptException replaced) {
            settled();
            return new AxeBuilder().withTags(WCAG_21_AA).analyze(driver);
        }
    }

    public void assertOnPage(String path) {
        assertTrue(driver.getCurrentUrl().contains(path), "expected " + path + " but the browser is on " + driver.getCurrentUrl());
    }

    /**
     * What of element {@code id} leaves the window (its fields, buttons, links), and which of its
     * words are split over two lines (a word whose text needs more than one line box; a break
     * after a hyphen, as in "e-loket", is where a word may break).
     */
    private static final String LAYOUT = """
            const root = document.getElementById(arguments[0]);
            const width = document.documentElement.clientWidth;
            const outside = Array.from(root.querySelectorAll('input:not([type=hidden]), button, select, textarea, a'))
                .filter(element => element.getClientRects().length > 0)
                .filter(element => { const box = element.getBoundingClientRect();
                                     return box.width > 0 && (box.left < -1 || box.right > width + 1); })
                .map(element => element.id || element.name || element.textContent.trim());
            const broken = [];
            const texts = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
            while (texts.nextNode()) {
                const node = texts.currentNode;
                for (const word of node.textContent.matchAll(/[^\\s-]+/g)) {
                    const range = document.createRange();
                    range.setStart(node, word.index);
                    range.setEnd(node, word.index + word[0].length);
                    const lines = new Set(Array.from(range.getClientRects()).filter(box => box.width > 0).map(box => Math.round(box.top)));
                    if (lines.size > 1) {
                        broken.push(word[0]);
                    }
                }
            }
            return [outside, broken];
            """;

    /** UX-6: no control of element {@code id} is outside the window and none of its words is cut over two lines. */
    public void assertFitsTheWindow(String id, String where) {
        List<?> layout = (List<?>) ((JavascriptExecutor) driver).executeScript(LAYOUT, id);
        assertEquals(List.of(), layout.get(0), where + ": fields, buttons or links outside the window");
        assertEquals(List.of(), layout.get(1), where + ": words broken over two lines");
    }

    /** Keeps a picture of the page in target/screenshots, to see what went wrong. */
    public void screenshot(String name) {
        try {
            Path folder = Path.of("target", "screenshots");
            Files.createDirectories(folder);
            Files.write(folder.resolve(name + "-" + System.currentTimeMillis() + ".png"),
                    ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
        } catch (IOException | RuntimeException e) {
            // A missing screenshot must not hide the real failure.
        }
    }

    /** Empties the browser for the next test, or quits it when it cannot be emptied. */
    @Override
    public void close() {
        if (chromium.emptied(origin)) {
            synchronized (IDLE) {
                IDLE.push(chromium);
            }
        } else {
            chromium.quit();
        }
    }
}
