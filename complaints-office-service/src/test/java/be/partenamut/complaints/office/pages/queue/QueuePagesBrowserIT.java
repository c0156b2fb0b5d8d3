package be.partenamut.complaints.office.pages.queue;

import be.partenamut.complaints.contracts.Channel;
import be.partenamut.complaints.office.casework.queue.QueueSeeds;
import be.partenamut.complaints.office.complaint.command.ComplaintCommandSender;
import be.partenamut.complaints.office.complaint.query.ComplaintQueueProjection;
import be.partenamut.complaints.office.pages.OfficeBrowserTest;
import be.partenamut.complaints.office.pages.queue.web.QueuePageController;
import be.partenamut.complaints.workingdays.WorkingDayCalendar;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The queues page in a real browser, signed in through the identity provider: an agent works their
 * department's queue and no other, an officer the complaints service's; filters, search and the next page work
 * with the plain form and links; overdue and warned complaints say so in words; axe-core finds nothing serious.
 * Screenshots: {@code target/screenshots/queue-*.png}.
 */
class QueuePagesBrowserIT extends OfficeBrowserTest {

    private static final String HOME_CARE = "HOME_CARE";

    @Autowired
    private ComplaintCommandSender commands;
    @Autowired
    private WorkingDayCalendar calendar;
    private QueueSeeds seeds;

    @BeforeEach
    void seeds() {
        seeds = new QueueSeeds(commands, personalData, this::today);
    }

    @Test
    void showsAnAgentTheirDepartmentsQueueOnlyWithItsCountsAndRefusesAnother() {
        String category = QueueSeeds.uniqueCode("CAT");
        UUID overdue = seeds.in(AGENTS_DEPARTMENT).category(category).due(today().minusDays(5)).receive();
        UUID warned = seeds.in(AGENTS_DEPARTMENT).category(category).due(today().plusDays(2)).channel(Channel.LETTER).receive();
        seeds.warn(warned, today().plusDays(2));
        UUID later = seeds.in(AGENTS_DEPARTMENT).category(category).due(today().plusDays(15)).receive();
        UUID otherDepartment = seeds.in(HOME_CARE).category(category).receive();
        awaitCaughtUp(ComplaintQueueProjection.PROCESSING_GROUP);

        signIn("agent");
        open("/queues?category=" + category);

        assertThat(text("queue-heading")).contains("Remboursements des soins de santé");
        assertThat(browser.findElements(By.cssSelector(".queue-list a"))).singleElement()
                .satisfies(link -> assertThat(link.getDomAttribute("id")).isEqualTo("queue-link-" + AGENTS_DEPARTMENT));
        assertThat(text("queue-count-" + AGENTS_DEPARTMENT)).matches("\\d+ ouvertes?");
        assertThat(text("queue-status-counts")).contains("Accusé de réception envoyé");
        assertThat(rowIds()).containsExactly(overdue, warned, later).doesNotContain(otherDepartment);
        assertThat(row(overdue).getText()).contains("En retard").contains("jours ouvrables de retard");
        assertThat(row(warned).getText()).contains("Échéance proche").contains("Lettre");
        assertThat(row(later).getText()).contains("Dans les délais");
        assertThat(row(overdue).findElement(By.tagName("a")).getDomAttribute("href")).isEqualTo("/complaints/" + overdue);
        assertThat(browser.findElement(By.cssSelector("#queue caption")).getText()).isNotBlank();
        assertAccessible();
        screenshot("queue-agent");

        open("/queues/" + HOME_CARE);
        assertThat(text("error-heading")).isEqualTo("Pas votre service");
        assertThat(text("error-status")).isEqualTo("403");
        open("/queues/COMPLAINTS_SERVICE");
        assertThat(text("error-status")).isEqualTo("403");
    }

    @Test
    void showsAnOfficerTheComplaintsServicesQueueAndLetsThemOpenADepartments() {
        String category = QueueSeeds.uniqueCode("CAT");
        UUID escalated = seeds.in(HOME_CARE).category(category).receive();
        seeds.escalate(escalated, today().plusDays(20));
        UUID firstLine = seeds.in(HOME_CARE).category(category).receive();
        awaitCaughtUp(ComplaintQueueProjection.PROCESSING_GROUP);

        signIn("officer");
        open("/queues?category=" + category);

        assertThat(text("queue-heading")).contains("Service des plaintes");
        assertThat(browser.findElement(By.id("queue-link-COMPLAINTS_SERVICE")).getDomAttribute("aria-current")).isEqualTo("page");
        assertThat(rowIds()).containsExactly(escalated);
        assertThat(row(escalated).getText()).contains("Transmise au service des plaintes");
        assertAccessible();
        screenshot("queue-officer-complaints-service");

        browser.findElement(By.id("queue-link-" + HOME_CARE)).click();
        await(page -> page.getCurrentUrl().contains("/queues/" + HOME_CARE), "the home care queue");
        open("/queues/" + HOME_CARE + "?category=" + category);
        assertThat(rowIds()).containsExactly(firstLine);
    }

    @Test
    void filtersSearchesAndPagesWithThePlainFormAndLinksInFrenchAndDutch() {
        String category = QueueSeeds.uniqueCode("CAT");
        List<UUID> seeded = new ArrayList<>();
        for (int i = 0; i < 53; i++) {
            seeded.add(seeds.in(HOME_CARE).category(category).due(today().plusDays(i % 12)).receive());
        }
        String reference = "PL-2026-" + QueueSeeds.uniqueCode("R").substring(2, 10);
        UUID byName = seeds.in(HOME_CARE).category(category).reference(reference).due(today().plusDays(30))
                .member(QueueSeeds.memberNumber(), "Hélène", "Van den Bossche").channel(Channel.PHONE).receive();
        awaitCaughtUp(ComplaintQueueProjection.PROCESSING_GROUP);
        signIn("agent-home-care");
        open("/queues");

        WebElement categoryField = browser.findElement(By.id("filter-category"));
        categoryField.sendKeys(category);
        new Select(browser.findElement(By.id("filter-status"))).selectByValue("ACKNOWLEDGED");
        browser.findElement(By.id("filter-apply")).click();
        await(page -> page.getCurrentUrl().contains("category=" + category), "the filtered queue");
        List<UUID> firstPage = rowIds();
        assertThat(firstPage).hasSize(QueuePageController.PAGE_SIZE);
        assertThat(new Select(browser.findElement(By.id("filter-status"))).getFirstSelectedOption().getDomAttribute("value"))
                .isEqualTo("ACKNOWLEDGED");
        assertAccessible();
        screenshot("queue-filtered");

        browser.findElement(By.id("next-page")).click();
        await(page -> page.getCurrentUrl().contains("cursor="), "the next page");
        List<UUID> secondPage = rowIds();
        assertThat(secondPage).hasSize(54 - QueuePageController.PAGE_SIZE).doesNotContainAnyElementsOf(firstPage);
        List<UUID> both = new ArrayList<>(firstPage);
        both.addAll(secondPage);
        assertThat(both).containsExactlyInAnyOrderElementsOf(concat(seeded, byName));
        assertThat(browser.findElements(By.id("next-page"))).isEmpty();
        assertThat(browser.findElement(By.id("first-page")).isDisplayed()).isTrue();
        screenshot("queue-next-page");

        open("/queues");
        browser.findElement(By.id("filter-q")).sendKeys("helene van den bossche");
        browser.findElement(By.id("filter-apply")).click();
        await(page -> page.getCurrentUrl().contains("q="), "the search");
        assertThat(rowIds()).containsExactly(byName);
        open("/queues?q=" + reference.substring(0, reference.length() - 1).toLowerCase());
        assertThat(rowIds()).containsExactly(byName);
        new Select(browser.findElement(By.id("filter-channel"))).selectByValue("LETTER");
        browser.findElement(By.id("filter-apply")).click();
        await(page -> page.getCurrentUrl().contains("channel=LETTER"), "the search by letter");
        assertThat(text("queue-empty")).isEqualTo("Aucune plainte ne correspond à ces filtres.");

        browser.findElement(By.id("language-nl")).click();
        await(page -> "nl".equals(page.findElement(By.tagName("html")).getDomAttribute("lang")), "the page in Dutch");
        assertThat(text("queue-empty")).isEqualTo("Geen klachten die aan deze filters voldoen.");
        open("/queues?category=" + category);
        assertThat(text("queue-heading")).isEqualTo("Wachtrij: Thuiszorg en diensten");
        assertThat(browser.findElement(By.cssSelector("label[for=filter-status]")).getText()).isEqualTo("Status");
        assertThat(text("next-page")).isEqualTo("Volgende pagina");
        assertAccessible();
        screenshot("queue-dutch");
        browser.findElement(By.id("language-fr")).click();
        await(page -> "fr".equals(page.findElement(By.tagName("html")).getDomAttribute("lang")), "the page in French");
    }

    @Test
    void marksASuggestionInTheQueueWithoutDueDateAndListsSuggestionsApart() {
        String category = QueueSeeds.uniqueCode("CAT");
        UUID overdue = seeds.in(AGENTS_DEPARTMENT).category(category).due(today().minusDays(5)).receive();
        UUID suggestion = seeds.in(AGENTS_DEPARTMENT).category(category).suggestion().receive();
        awaitCaughtUp(ComplaintQueueProjection.PROCESSING_GROUP);

        signIn("agent");
        open("/queues?category=" + category);

        assertThat(rowIds()).containsExactlyInAnyOrder(overdue, suggestion);
        assertThat(row(suggestion).getText()).contains("Suggestion", "Sans délai (suggestion)")
                .doesNotContain("En retard", "Dans les délais");
        assertThat(row(overdue).getText()).contains("En retard").doesNotContain("Suggestion");
        open("/queues?category=" + category + "&kind=SUGGESTION");
        assertThat(rowIds()).containsExactly(suggestion);
        assertThat(new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("filter-kind")))
                .getFirstSelectedOption().getText()).isEqualTo("Suggestion");
        assertAccessible();
    }

    @Test
    void answersABadFilterValueWithAnErrorPageNotAFailure() {
        signIn("agent-home-care");
        open("/queues?status=SOLVED");
        assertThat(text("error-status")).isEqualTo("400");
        open("/queues?cursor=not-a-cursor");
        assertThat(text("error-status")).isEqualTo("400");
    }

    private List<UUID> rowIds() {
        List<UUID> ids = new ArrayList<>();
        for (WebElement row : browser.findElements(By.cssSelector("#queue tbody tr"))) {
            ids.add(UUID.fromString(row.getDomAttribute("id").substring("line-".length())));
        }
        return ids;
    }

    private WebElement row(UUID complaintId) {
        return browser.findElement(By.id("line-" + complaintId));
    }

    private LocalDate today() {
        return clock.instant().atZone(calendar.zone()).toLocalDate();
    }

    private static List<UUID> concat(List<UUID> list, UUID one) {
        List<UUID> all = new ArrayList<>(list);
        all.add(one);
        return all;
    }
}
