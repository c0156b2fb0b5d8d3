package be.partenamut.complaints.intake.form;

import be.partenamut.complaints.intake.IntakeIntegrationTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Comparator;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The web form in a real browser (Debian's Chromium, headless), filled with the keyboard only, as a
 * member who does not use a mouse would. Fails, never skips, when Chromium is not installed (the
 * build installs it before anything else: {@code build-support/provide-browser.sh}).
 */
class ComplaintFormBrowserIT extends IntakeIntegrationTest {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    private static Path profile;
    private static WebDriver browser;

    @LocalServerPort
    int port;

    @BeforeAll
    static void startBrowser() throws IOException {
        assertThat(Files.isExecutable(CHROMIUM)).as("Chromium at " + CHROMIUM + " (apt-get install chromium chromium-driver)")
                .isTrue();
        assertThat(Files.isExecutable(CHROMEDRIVER)).as("chromedriver at " + CHROMEDRIVER).isTrue();
        profile = Files.createTempDirectory("intake-chromium-");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--no-first-run", "--disable-sync",
                "--user-data-dir=" + profile, "--window-size=1280,1600");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER.toString()))
                .usingAnyFreePort()
                .build();
        browser = new ChromeDriver(service, options);
        browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
    }

    @AfterAll
    static void stopBrowser() throws IOException {
        if (browser != null) {
            browser.quit();
        }
        if (profile != null) {
            try (Stream<Path> files = Files.walk(profile)) {
                files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
            }
        }
    }

    @Test
    void aMemberFilesAComplaintInFrenchWithTheKeyboardAndSeesTheReferenceAndTheDayOfTheAnswer() {
        browser.get(url("?lang=fr"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Signaler une insatisfaction");

        tabTo("memberNumber");
        typeAndTab("100000001", "firstName");
        typeAndTab("Camille", "lastName");
        typeAndTab("Dubois", "email");
        typeAndTab("camille.dubois@example.be", "nationalRegisterNumber");
        typeAndTab("85.07.30-033.28", "category");
        typeAndTab("Remb", "subject");
        typeAndTab("Remboursement de kinésithérapie", "description");
        typeAndTab("Mon remboursement du 12 octobre n'a toujours pas été effectué. " + UUID.randomUUID(), "submit");
        keys(Keys.ENTER);

        String reference = awaitReceipt();
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Merci, votre plainte est enregistrée");
        assertThat(browser.findElement(By.id("answer-due-by")).getText()).isEqualTo(dueDateOf(reference, Locale.FRENCH));
        assertThat(browser.getPageSource()).contains("Un accusé de réception vous est envoyé par email.");
        assertThat(jdbc.sql("select message -> 'file' ->> 'category' from submission where reference = :r").param("r", reference)
                .query(String.class).single()).isEqualTo("REIMBURSEMENT");
    }

    @Test
    void aMemberFilesAComplaintInDutchWithTheKeyboard() {
        browser.get(url("?lang=nl"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Een klacht melden");

        tabTo("memberNumber");
        typeAndTab("100000002", "firstName");
        typeAndTab("Sophie", "lastName");
        typeAndTab("Peeters", "email");
        typeAndTab("sophie.peeters@example.be", "nationalRegisterNumber");
        keys(Keys.TAB);
        typeAndTab("Thuis", "subject");
        typeAndTab("Thuisverpleging", "description");
        typeAndTab("De verpleegster is drie keer niet langsgekomen. " + UUID.randomUUID(), "submit");
        keys(Keys.ENTER);

        String reference = awaitReceipt();
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Bedankt, uw klacht is geregistreerd");
        assertThat(browser.findElement(By.id("answer-due-by")).getText())
                .isEqualTo(dueDateOf(reference, Locale.forLanguageTag("nl")));
        assertThat(jdbc.sql("select message -> 'file' ->> 'category' from submission where reference = :r").param("r", reference)
                .query(String.class).single()).isEqualTo("HOME_CARE");
    }

    @Test
    void aMemberChoosesASuggestionInGermanWithTheKeyboardAndIsToldNoAnswerDeadlineApplies() {
        browser.get(url("?lang=de"));
        assertThat(browser.findElement(By.id("kind-complaint")).isSelected()).as("a complaint unless chosen otherwise").isTrue();

        tabTo("kind-complaint");
        keys(Keys.ARROW_DOWN);
        assertThat(focused()).isEqualTo("kind-suggestion");
        assertThat(browser.findElement(By.id("kind-suggestion")).isSelected()).isTrue();
        keys(Keys.TAB);
        assertThat(focused()).as("the reference, for a disagreement only: left empty").isEqualTo("reference");
        keys(Keys.TAB);
        assertThat(focused()).isEqualTo("memberNumber");
        typeAndTab("100000001", "firstName");
        typeAndTab("Lena", "lastName");
        typeAndTab("Schmitz", "email");
        typeAndTab("lena.schmitz@example.be", "nationalRegisterNumber");
        keys(Keys.TAB);
        typeAndTab("Erst", "subject");
        typeAndTab("Termine online buchen", "description");
        typeAndTab("Es wäre praktisch, Termine in der Agentur online zu buchen. " + UUID.randomUUID(), "submit");
        keys(Keys.ENTER);

        String reference = awaitReceipt();
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Danke, Ihr Vorschlag ist erfasst");
        assertThat(browser.findElements(By.id("answer-due-by"))).as("no answer deadline for a suggestion").isEmpty();
        assertThat(browser.findElement(By.id("suggestion-handling")).getText()).contains("keine Antwortfrist");
        assertThat(jdbc.sql("select message -> 'file' ->> 'kind' from submission where reference = :r").param("r", reference)
                .query(String.class).single()).isEqualTo("SUGGESTION");
        assertThat(jdbc.sql("select message -> 'file' ->> 'firstLineDueDate' from submission where reference = :r")
                .param("r", reference).query(String.class).list()).containsExactly((String) null);
    }

    @Test
    void aMemberSeesTheMessageBesideTheFieldAndTheAnswersKept() {
        browser.get(url("?lang=fr"));
        long stored = storedSubmissions();

        tabTo("memberNumber");
        typeAndTab("12", "firstName");
        typeAndTab("Camille", "lastName");
        typeAndTab("Dubois", "email");
        typeAndTab("camille.dubois@", "nationalRegisterNumber");
        browser.findElement(By.id("submit")).sendKeys(Keys.ENTER);

        new WebDriverWait(browser, Duration.ofSeconds(20)).until(page -> !page.findElements(By.id("error-summary")).isEmpty());
        WebElement memberNumber = browser.findElement(By.id("memberNumber"));
        WebElement message = browser.findElement(By.id("memberNumber-error"));
        assertThat(message.getText()).isEqualTo("Le numéro de membre compte 9 à 13 chiffres.");
        assertThat(memberNumber.getDomAttribute("aria-describedby")).contains("memberNumber-error");
        assertThat(memberNumber.getDomAttribute("aria-invalid")).isEqualTo("true");
        assertThat(memberNumber.getDomProperty("value")).isEqualTo("12");
        assertThat(message.getLocation().getY()).as("the message sits just above its field")
                .isBetween(memberNumber.getLocation().getY() - 80, memberNumber.getLocation().getY());
        assertThat(browser.findElement(By.id("email-error")).getText()).startsWith("Cette adresse email n’est pas valable");
        assertThat(browser.findElement(By.id("category-error")).getText()).isEqualTo("Ce champ est obligatoire.");
        assertThat(browser.getTitle()).isEqualTo("Erreur : Signaler une insatisfaction");
        assertThat(storedSubmissions()).isEqualTo(stored);

        // The summary's link takes the keyboard to the field at fault.
        browser.findElement(By.cssSelector("#error-summary a[href='#memberNumber']")).sendKeys(Keys.ENTER);
        assertThat(browser.getCurrentUrl()).endsWith("#memberNumber");
    }

    private String url(String query) {
        return "http://localhost:" + port + "/" + query;
    }

    /** Presses Tab from the top of the page until the field has the focus: the page is usable without a mouse. */
    private void tabTo(String id) {
        for (int presses = 0; presses < 15; presses++) {
            keys(Keys.TAB);
            if (id.equals(focused())) {
                return;
            }
        }
        throw new AssertionError("Tab never reached #" + id + " (last focus on #" + focused() + ")");
    }

    /** Types into the focused field, presses Tab, and checks the focus moved to the next one. */
    private void typeAndTab(String text, String next) {
        keys(text);
        keys(Keys.TAB);
        assertThat(focused()).as("focus after typing '" + text + "'").isEqualTo(next);
    }

    private void keys(CharSequence keys) {
        new Actions(browser).sendKeys(keys).perform();
    }

    private String focused() {
        return browser.switchTo().activeElement().getDomAttribute("id");
    }

    private String awaitReceipt() {
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(page -> !page.findElements(By.id("reference")).isEmpty());
        String reference = browser.findElement(By.id("reference")).getText();
        assertThat(reference).matches("PL-\\d{4}-\\d{6}");
        return reference;
    }

    /** The first line's due date of the complaint as stored, written the way the page writes it. */
    private String dueDateOf(String reference, Locale locale) {
        LocalDate dueDate = LocalDate.parse(jdbc.sql("select message -> 'file' ->> 'firstLineDueDate' from submission where reference = :r")
                .param("r", reference).query(String.class).single());
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL).withLocale(locale).format(dueDate);
    }
}
