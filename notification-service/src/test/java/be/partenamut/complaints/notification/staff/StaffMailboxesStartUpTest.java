package be.partenamut.complaints.notification.staff;

import be.partenamut.complaints.contracts.Departments;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.ConfigDataApplicationContextInitializer;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A department the complaints service may recommend to, without a staff mailbox, is a configuration error found at
 * start-up: the context does not start, and says which department to configure. Never a recommendation mailed to
 * nobody.
 */
class StaffMailboxesStartUpTest {

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(StaffMailboxes.class)
    static class Mailboxes {
    }

    private final ApplicationContextRunner context = new ApplicationContextRunner()
            .withUserConfiguration(Mailboxes.class);

    @Test
    void refusesToStartWhenARecommendableDepartmentHasNoMailbox() {
        List<String> everyOtherMailbox = new ArrayList<>();
        Departments.RECOMMENDABLE.stream().filter(code -> !code.equals("HOME_CARE")).forEach(code ->
                everyOtherMailbox.add("complaints.notification.departments.[" + code + "].email=" + code.toLowerCase()
                        + "@partenamut.be"));

        context.withPropertyValues(everyOtherMailbox.toArray(String[]::new)).run(started -> {
            assertThat(started).hasFailed();
            assertThat(started.getStartupFailure()).rootCause()
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("HOME_CARE")
                    .hasMessageContaining("complaints.notification.departments.[HOME_CARE].email")
                    .hasMessageNotContaining("AGENCIES");
        });
    }

    @Test
    void startsWithAMailboxForEveryRecommendableDepartment() {
        List<String> everyMailbox = Departments.RECOMMENDABLE.stream()
                .map(code -> "complaints.notification.departments.[" + code + "].email=" + code.toLowerCase()
                        + "@partenamut.be")
                .toList();

        context.withPropertyValues(everyMailbox.toArray(String[]::new)).run(started -> {
            assertThat(started).hasNotFailed();
            assertThat(started.getBean(StaffMailboxes.class).of("HOME_CARE")).contains("home_care@partenamut.be");
        });
    }

    /** The service's own configuration, as shipped, names a mailbox for each of them. */
    @Test
    void theShippedConfigurationHasAMailboxForEveryRecommendableDepartment() {
        context.withInitializer(new ConfigDataApplicationContextInitializer()).run(started -> {
            assertThat(started).hasNotFailed();
            StaffMailboxes mailboxes = started.getBean(StaffMailboxes.class);
            Departments.RECOMMENDABLE.forEach(code -> assertThat(mailboxes.of(code)).as(code).isPresent());
        });
    }
}
