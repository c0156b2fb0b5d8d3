package be.partenamut.complaints.systemtest;

import be.partenamut.complaints.localstack.PlatformStack;
import be.partenamut.complaints.localstack.infra.FreePorts;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.webjars.WebJarVersionLocator;

import java.io.File;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The office's pages where the services they read from run: the whole platform from its jars, the office told
 * analytics' and notification's addresses. In Chromium, signed in on the provider's page: an analyst reads
 * analytics' figures, counting a complaint just posted, without any of that member's data on the page; an officer
 * reads on a complaint's page the acknowledgement its member received, as the member read it.
 */
class OfficeInThePlatformBrowserIT {

    private static final Duration WAIT = Duration.ofSeconds(90);
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");

    @TempDir
    static Path scratch;

    private static PlatformStack stack;
    private static PlatformClient platform;
    private static WebDriver browser;

    @BeforeAll
    static void startThePlatformAndTheBrowser() throws Exception {
        Path root = Path.of(System.getProperty("complaints.repository-root", "..")).toAbsolutePath().normalize();
        int analyticsPort = FreePorts.next();
        int notificationPort = FreePorts.next();
        stack = PlatformStack.start(PlatformStack.Layout.isolated(root, scratch)
                        .withServiceProperties("analytics-service", Map.of("server.port", String.valueOf(analyticsPort)))
                        .withServiceProperties("notification-service", Map.of("server.port", String.valueOf(notificationPort)))
                        .withServiceProperties("complaints-office-service", Map.of(
                                "complaints.office.analytics-url", "http://localhost:" + analyticsPort,
                                "complaints.office.notification-url", "http://localhost:" + notificationPort)),
                System.out::println);
        platform = new PlatformClient(stack);

        assertThat(Files.isExecutable(Path.of("/usr/bin/chromium"))).as("Chromium (apt-get install chromium chromium-driver)")
                .isTrue();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(new File("/usr/bin/chromium"));
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--no-first-run", "--disable-sync",
                "--user-data-dir=" + Files.createDirectories(scratch.resolve("chromium")), "--window-size=1280,1400");
        browser = new ChromeDriver(new ChromeDriverService.Builder()
                .usingDriverExecutable(new File("/usr/bin/chromedriver")).usingAnyFreePort().build(), options);
        browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
    }

    @AfterAll
    static void stopThem() {
        if (browser != null) {
            browser.quit();
        }
        if (stack != null) {
            stack.close();
        }
    }

    /** Each test signs in afresh: no session left at the office or at the provider by the one before. */
    @BeforeEach
    void signedOut() {
        browser.get(office() + "/css/office.css");
        browser.manage().deleteAllCookies();
        browser.get(stack.identityProvider().issuer() + "/login");
        browser.manage().deleteAllCookies();
    }

    @Test
    void anAnalystReadsAnalyticsFiguresInTheOfficeAndNoMembersData() throws Exception {
        String unique = UUID.randomUUID().toString().substring(0, 8);
        String firstName = "Ophelie" + unique;
        String lastName = "Vandamme" + unique;
        String email = "figures-" + unique + "@example.be";
        String memberNumber = "100000007";
        PlatformClient.Response accepted = platform.postAsClient("email-gateway", "intake-service", "/api/v1/complaints", """
                {"channel": "EMAIL", "memberNumber": "%s", "firstName": "%s", "lastName": "%s",
                 "email": "%s", "language": "nl", "category": "REIMBURSEMENT",
                 "subject": "Terugbetaling", "description": "Nog steeds niet terugbetaald %s."}
                """.formatted(memberNumber, firstName, lastName, email, unique),
                Map.of("Idempotency-Key", "figures-" + unique));
        assertThat(accepted.status()).as(accepted.toString()).isEqualTo(202);
        JsonNode figures = platform.await("analytics-service", "/api/v1/statistics", "analyst",
                counted -> counted.path("byChannel").path("EMAIL").asLong() >= 1, WAIT);

        signIn("analyst");
        new WebDriverWait(browser, WAIT).until(page -> page.getCurrentUrl().equals(office() + "/figures"));

        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Chiffres d'amélioration");
        assertThat(browser.findElements(By.id("figures-unavailable"))).as("analytics answered").isEmpty();
        long shownTotal = Long.parseLong(browser.findElement(By.id("figures-total")).getText());
        assertThat(shownTotal).isGreaterThanOrEqualTo(figures.get("total").asLong()).isPositive();
        assertThat(browser.findElement(By.cssSelector("#figures-channel caption")).getText()).isEqualTo("Plaintes par canal");
        assertThat(browser.findElement(By.cssSelector("#figures-channel tbody")).getText()).contains("Email");
        assertThat(browser.findElements(By.cssSelector("table caption")).size()).as("every table has its caption")
                .isEqualTo(browser.findElements(By.tagName("table")).size());
        String page = browser.getPageSource();
        assertThat(page).as("no member's data on the figures page")
                .doesNotContain(firstName).doesNotContain(lastName).doesNotContain(email).doesNotContain(memberNumber);
        screenshot("figures");
        assertNoSeriousAccessibilityViolation();
    }

    @Test
    void anOfficerReadsOnTheComplaintsPageTheAcknowledgementItsMemberReceived() throws Exception {
        String unique = UUID.randomUUID().toString().substring(0, 8);
        String email = "messages-" + unique + "@example.be";
        PlatformClient.Response accepted = platform.postAsClient("email-gateway", "intake-service", "/api/v1/complaints", """
                {"channel": "EMAIL", "memberNumber": "100000001", "firstName": "Ophelie", "lastName": "Vandamme",
                 "email": "%s", "language": "nl", "category": "REIMBURSEMENT",
                 "subject": "Terugbetaling", "description": "Nog steeds niet terugbetaald %s."}
                """.formatted(email, unique), Map.of("Idempotency-Key", "messages-" + unique));
        assertThat(accepted.status()).as(accepted.toString()).isEqualTo(202);
        String complaintId = accepted.json().get("complaintId").asText();
        String reference = accepted.json().get("reference").asText();
        platform.await("notification-service", "/api/v1/notifications?complaintId=" + complaintId, "officer",
                messages -> messages.findValuesAsText("recipientKind").contains("MEMBER")
                        && messages.findValuesAsText("status").contains("SENT"), WAIT);

        signIn("officer");
        browser.get(office() + "/complaints/" + complaintId);

        assertThat(browser.findElement(By.id("complaint-heading")).getText()).contains(reference);
        assertThat(browser.findElements(By.id("messages-unavailable"))).as("the notification service answered").isEmpty();
        String messages = browser.findElement(By.id("member-messages")).getText();
        assertThat(messages).as("the acknowledgement as the member read it, in Dutch, with its reference")
                .contains("EMAIL").contains("SENT").contains(reference).contains("Ontvangstbevestiging");
        assertThat(browser.findElements(By.cssSelector("#member-messages .message-content"))).isNotEmpty();
        screenshot("complaint-member-messages");
        assertNoSeriousAccessibilityViolation();
    }

    /** Signs {@code username} in on the provider's page, from the office's home page. */
    private void signIn(String username) {
        browser.get(office() + "/");
        new WebDriverWait(browser, WAIT).until(page -> page.getCurrentUrl().endsWith("/login"));
        browser.findElement(By.id("username")).sendKeys(username);
        browser.findElement(By.id("password")).sendKeys("demo");
        browser.findElement(By.cssSelector("button[type=submit]")).click();
        new WebDriverWait(browser, WAIT).until(page -> page.getCurrentUrl().startsWith(office())
                && !page.findElements(By.id("signed-in-name")).isEmpty());
    }

    private static String office() {
        return "http://127.0.0.1:" + stack.service("complaints-office-service").port();
    }

    private static void screenshot(String name) throws Exception {
        Files.createDirectories(SCREENSHOTS);
        Files.copy(((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE).toPath(), SCREENSHOTS.resolve(name + ".png"),
                StandardCopyOption.REPLACE_EXISTING);
    }

    /** axe-core (npm's, from its webjar on the test classpath) on the page: no serious or critical violation. */
    private static void assertNoSeriousAccessibilityViolation() throws Exception {
        String axe;
        try (InputStream in = OfficeInThePlatformBrowserIT.class.getClassLoader()
                .getResourceAsStream(new WebJarVersionLocator().fullPath("axe-core", "axe.min.js"))) {
            axe = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        JavascriptExecutor script = (JavascriptExecutor) browser;
        script.executeScript(axe);
        String violations = String.valueOf(script.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                axe.run(document, {resultTypes: ['violations']})
                   .then(results => done(JSON.stringify(results.violations)))
                   .catch(error => done('axe failed: ' + error));"""));
        List<String> serious = new ArrayList<>();
        for (JsonNode violation : new ObjectMapper().readTree(violations)) {
            String impact = violation.path("impact").asText();
            if ("serious".equals(impact) || "critical".equals(impact)) {
                serious.add(violation.path("id").asText() + " (" + impact + "): " + violation.path("nodes"));
            }
        }
        assertThat(serious).as("serious or critical accessibility violations").isEmpty();
    }
}
