package be.partenamut.complaints.office.pages;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Staff sign in to the office's pages through the identity provider's sign-in page, in Chromium: each role lands
 * on its page with its name in the header, in French by default; the language switch to Dutch is remembered for
 * the next sign-in; the header works with the keyboard alone; every page passes axe-core.
 */
class OfficeSignInBrowserIT extends OfficeBrowserTest {

    @Autowired
    private JdbcClient jdbc;

    @ParameterizedTest(name = "{0} lands on {1}")
    @CsvSource({
            "agent, /queues, Demo Agent, File d'attente : Remboursements des soins de santé",
            "officer, /queues, Demo Complaints Officer, File d'attente : Service des plaintes",
            "admin, /queues, Demo Administrator, File d'attente : Service des plaintes",
            "analyst, /figures, Demo Analyst, Chiffres d'amélioration"})
    void eachRoleSignsInAndSeesItsLandingPageWithItsName(String username, String landing, String name, String heading) {
        signIn(username);

        assertThat(browser.getCurrentUrl()).isEqualTo(officeUrl() + landing);
        assertThat(text("signed-in-name")).isEqualTo(name);
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo(heading);
        assertThat(browser.findElement(By.tagName("html")).getDomAttribute("lang")).isEqualTo("fr");
        screenshot("sign-in-" + username);
        assertAccessible();

        signOut();
    }

    @Test
    void anAnalystSeesTheFiguresPageSayTheFiguresAreUnavailableAndIsRefusedTheQueues() {
        signIn("analyst");

        // No analytics-service runs beside these tests (OfficeIntegrationTest): the page says so, it does not fail.
        assertThat(browser.getCurrentUrl()).isEqualTo(officeUrl() + "/figures");
        assertThat(text("figures-unavailable")).startsWith("Les chiffres ne sont pas disponibles pour le moment");
        assertThat(browser.findElements(By.id("nav-queues"))).as("no queue in an analyst's navigation").isEmpty();
        screenshot("figures-unavailable");
        assertAccessible();

        open("/queues");
        assertThat(text("error-heading")).isEqualTo("Accès refusé");
        assertThat(text("error-status")).isEqualTo("403");
        screenshot("analyst-refused-queues");
        assertAccessible();
    }

    @Test
    void anAgentSwitchesToDutchAndFindsItAgainAtTheNextSignIn() {
        signIn("agent-home-care");
        assertThat(text("sign-out")).isEqualTo("Se déconnecter");

        browser.findElement(By.id("language-nl")).click();
        await(page -> "nl".equals(page.findElement(By.tagName("html")).getDomAttribute("lang")), "the page in Dutch");

        assertThat(browser.getCurrentUrl()).isEqualTo(officeUrl() + "/queues");
        assertThat(text("sign-out")).isEqualTo("Afmelden");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Wachtrij: Thuiszorg en diensten");
        assertThat(browser.findElement(By.id("nav-queues")).getText()).isEqualTo("Wachtrijen");
        screenshot("queue-nl");
        assertAccessible();
        signOut();

        signIn("agent-home-care");
        assertThat(browser.findElement(By.tagName("html")).getDomAttribute("lang")).isEqualTo("nl");
        assertThat(text("sign-out")).isEqualTo("Afmelden");
        assertThat(jdbc.sql("select language from staff_preference where username = 'agent-home-care'")
                .query(String.class).single()).isEqualTo("nl");
    }

    @Test
    void theKeyboardReachesTheSkipLinkTheNavigationAndTheSignOut() {
        signIn("officer");
        open("/queues");

        List<String> order = new ArrayList<>();
        for (int presses = 0; presses < 12 && !"sign-out".equals(focusedId()); presses++) {
            tab();
            order.add(focusedId());
        }

        assertThat(order).as("tab order from the top of the page")
                .startsWith("skip-link")
                .containsSubsequence("skip-link", "nav-queues", "nav-figures", "language-fr", "language-nl", "sign-out");

        open("/queues");
        tab();
        assertThat(focusedId()).isEqualTo("skip-link");
        assertThat(browser.findElement(By.id("skip-link")).isDisplayed()).as("the skip link shows once focused").isTrue();
        screenshot("skip-link-focused");
        browser.switchTo().activeElement().sendKeys(org.openqa.selenium.Keys.ENTER);
        assertThat(focusedId()).as("the skip link moves the focus to the page's content").isEqualTo("main");
    }
}
