package be.partenamut.complaints.office.pages;

import be.partenamut.complaints.localstack.infra.SharedInfrastructure;
import be.partenamut.complaints.office.OfficeIntegrationTest;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.beans.factory.annotation.Autowired;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.webjars.WebJarVersionLocator;

import java.io.File;
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
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The office's pages in a real browser: Debian's Chromium, headless, driven by Selenium, signing in through the
 * real identity provider's sign-in page. Fails, never skips, when Chromium is missing (the build installs it:
 * {@code build-support/provide-browser.sh}). One browser for the test class, signed out before each test.
 *
 * <p>The office is opened at {@code http://127.0.0.1:<port>}: the provider accepts the office's loopback
 * addresses on any port (sign-in and sign-out redirects), and the browser keeps the office's cookies apart from
 * the provider's ({@code localhost}).
 *
 * <p>Helpers: {@link #signIn}, {@link #signOut}, {@link #open}, {@link #screenshot} (PNG under
 * {@code target/screenshots/}), {@link #assertAccessible} (axe-core: fails on serious or critical violations),
 * {@link #tab}, {@link #focusedId}, {@link #text}, {@link #await}.
 */
public abstract class OfficeBrowserTest extends OfficeIntegrationTest {

    /** The password of every demo user of the provider. */
    protected static final String PASSWORD = "demo";
    protected static final Path SCREENSHOTS = Path.of("target", "screenshots");

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Duration PAGE_WAIT = Duration.ofSeconds(30);

    private static Path profile;
    protected static WebDriver browser;

    @LocalServerPort
    protected int port;

    @Autowired
    private JdbcClient languageChoices;

    @BeforeAll
    static void startBrowser() throws IOException {
        assertThat(Files.isExecutable(CHROMIUM)).as("Chromium at " + CHROMIUM + " (apt-get install chromium chromium-driver)")
                .isTrue();
        assertThat(Files.isExecutable(CHROMEDRIVER)).as("chromedriver at " + CHROMEDRIVER).isTrue();
        profile = Files.createTempDirectory("office-chromium-");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--no-first-run", "--disable-sync",
                "--user-data-dir=" + profile, "--window-size=1280,1000", "--lang=fr-BE");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER.toString()))
                .usingAnyFreePort()
                .build();
        browser = new ChromeDriver(service, options);
        browser.manage().timeouts().pageLoadTimeout(PAGE_WAIT);
    }

    @AfterAll
    static void stopBrowser() throws IOException {
        if (browser != null) {
            browser.quit();
            browser = null;
        }
        if (profile != null) {
            try (Stream<Path> files = Files.walk(profile)) {
                files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
            }
        }
    }

    /**
     * Every test starts signed out of the office and of the provider, and with no language chosen by anyone (the
     * office remembers a choice per user, in its database), whatever the one before did.
     */
    @BeforeEach
    void signedOutEverywhere() {
        languageChoices.sql("delete from staff_preference").update();
        browser.manage().deleteAllCookies();
        browser.get(providerUrl() + "/login");
        browser.manage().deleteAllCookies();
    }

    /** The office as the browser reaches it: {@code http://127.0.0.1:<port>}. */
    protected String officeUrl() {
        return "http://127.0.0.1:" + port;
    }

    /** The identity provider (its issuer, {@code http://localhost:<port>}). */
    protected static String providerUrl() {
        return SharedInfrastructure.identityProvider().issuer();
    }

    /** Opens a page of the office ({@code /queues}) and waits until it has loaded. */
    protected void open(String path) {
        browser.get(officeUrl() + path);
    }

    /**
     * Signs {@code username} (admin, officer, analyst, agent, agent-home-care...) in as a person would: opens the
     * office, is sent to the provider's sign-in page, types the name and password there, and comes back to the
     * office, signed in (its name in the header).
     */
    protected void signIn(String username) {
        open("/");
        await(page -> page.getCurrentUrl().startsWith(providerUrl() + "/login"), "the provider's sign-in page");
        WebElement name = browser.findElement(By.id("username"));
        name.clear();
        name.sendKeys(username);
        browser.findElement(By.id("password")).sendKeys(PASSWORD);
        browser.findElement(By.cssSelector("button[type=submit]")).click();
        await(page -> page.getCurrentUrl().startsWith(officeUrl()) && !page.findElements(By.id("signed-in-name")).isEmpty(),
                "back in the office, signed in as " + username);
    }

    /**
     * Signs out with the header's button: the office's session ends, then the provider's, and the browser is back
     * at the office, which (signed out) sends it to the provider's sign-in page again.
     */
    protected void signOut() {
        browser.findElement(By.id("sign-out")).click();
        await(page -> page.getCurrentUrl().startsWith(providerUrl() + "/login"), "the provider's sign-in page after signing out");
    }

    /** Waits until {@code condition} holds for the page; fails naming {@code what} and where the browser is. */
    protected void await(java.util.function.Function<WebDriver, Boolean> condition, String what) {
        try {
            // A page that navigates (a form posted, a language chosen) replaces the elements the condition read
            // a moment ago: a stale element means "not there yet", not a failure.
            new WebDriverWait(browser, PAGE_WAIT)
                    .ignoring(StaleElementReferenceException.class)
                    .until(condition::apply);
        } catch (org.openqa.selenium.TimeoutException e) {
            throw new AssertionError("Waited " + PAGE_WAIT.toSeconds() + " s for " + what + "; the browser is at "
                    + browser.getCurrentUrl() + " showing: " + abbreviated(browser.findElement(By.tagName("body")).getText()), e);
        }
    }

    /** The visible text of the element with this id. */
    protected String text(String id) {
        return browser.findElement(By.id(id)).getText();
    }

    /** Presses Tab (with Shift when {@code backwards}). */
    protected void tab() {
        new Actions(browser).sendKeys(Keys.TAB).perform();
    }

    /** The id of the element that has the keyboard focus (null when it has none). */
    protected String focusedId() {
        return browser.switchTo().activeElement().getDomAttribute("id");
    }

    /** The ids of the action forms the complaint page offers ({@code form-<action>}). */
    protected List<String> forms() {
        return browser.findElements(By.cssSelector("form.action-form")).stream()
                .map(form -> form.getDomAttribute("id")).toList();
    }

    /** The complaint page's timeline, oldest first: each line's event type. */
    protected List<String> timeline() {
        return browser.findElements(By.cssSelector("#timeline > li")).stream()
                .map(line -> line.getDomAttribute("data-type")).toList();
    }

    /** Types {@code text} into the field with this id, in place of what it held. */
    protected void type(String id, String text) {
        WebElement field = browser.findElement(By.id(id));
        field.clear();
        field.sendKeys(text);
    }

    /** Sends the complaint page's form of {@code action} with its button. */
    protected void submit(String action) {
        browser.findElement(By.id("submit-" + action)).click();
    }

    /** After a successful action: back on the page (Post/Redirect/Get) with its notice and {@code lines} events. */
    protected void awaitDone(String what, int lines) {
        await(page -> !page.findElements(By.id("complaint-done")).isEmpty()
                && page.findElements(By.cssSelector("#timeline > li")).size() == lines, what + " recorded");
        assertThat(browser.getCurrentUrl()).contains("?done=");
    }

    /** Writes what the browser shows as {@code target/screenshots/<name>.png} and returns the file. */
    protected Path screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            Path file = SCREENSHOTS.resolve(name + ".png");
            Files.copy(((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE).toPath(), file,
                    StandardCopyOption.REPLACE_EXISTING);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Runs axe-core (npm's accessibility rules, from its webjar on the test classpath) on the page as it stands, and
     * fails listing every serious or critical violation: rule, impact, what to fix, and the elements at fault.
     */
    protected void assertAccessible() {
        JavascriptExecutor script = (JavascriptExecutor) browser;
        script.executeScript(AxeCore.SOURCE);
        Object answer = script.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                axe.run(document, {resultTypes: ['violations']})
                   .then(results => done(JSON.stringify(results.violations)))
                   .catch(error => done('axe failed: ' + error));""");
        String violations = String.valueOf(answer);
        assertThat(violations).as("axe-core ran on %s", browser.getCurrentUrl()).doesNotStartWith("axe failed");
        List<String> serious = new ArrayList<>();
        try {
            for (JsonNode violation : json.readTree(violations)) {
                String impact = violation.path("impact").asText();
                if ("serious".equals(impact) || "critical".equals(impact)) {
                    List<String> targets = new ArrayList<>();
                    violation.path("nodes").forEach(node -> targets.add(node.path("target").toString()));
                    serious.add(violation.path("id").asText() + " (" + impact + "): " + violation.path("help").asText()
                            + " at " + String.join(", ", targets));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        assertThat(serious).as("serious or critical accessibility violations on %s", browser.getCurrentUrl()).isEmpty();
    }

    private static String abbreviated(String text) {
        return text.length() > 600 ? text.substring(0, 600) + "…" : text;
    }

    /** axe-core's script, read once from its webjar. */
    private static final class AxeCore {

        static final String SOURCE = read();

        private static String read() {
            String path = new WebJarVersionLocator().fullPath("axe-core", "axe.min.js");
            assertThat(path).as("axe-core's webjar on the test classpath").isNotNull();
            try (InputStream in = OfficeBrowserTest.class.getClassLoader().getResourceAsStream(path)) {
                assertThat(in).as(path).isNotNull();
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
