package be.partenamut.complaints.notification.staff;

import org.junit.jupiter.api.Test;

import java.net.URI;
import java.time.LocalDateTime;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DepartmentMailSettingsTest {

    private static final UUID COMPLAINT = UUID.fromString("3d9f5a12-8c44-4b1b-a3e2-7c5e9b1d2f10");

    @Test
    void linksTheComplaintsPageInTheOfficeWhetherOrNotTheAddressEndsWithASlash() {
        for (String office : new String[] {"https://office.partenamut.be", "https://office.partenamut.be/"}) {
            DepartmentMailSettings settings = new DepartmentMailSettings(DepartmentMail.DIGEST,
                    DepartmentMailSettings.DEFAULT_DIGEST_CRON, URI.create(office));

            assertThat(settings.complaintPage(COMPLAINT))
                    .isEqualTo("https://office.partenamut.be/complaints/" + COMPLAINT);
        }
    }

    @Test
    void sendsDigestsAtEightOnWorkingDaysOfTheOfficesWeekByDefault() {
        DepartmentMailSettings settings = new DepartmentMailSettings(DepartmentMail.DIGEST,
                DepartmentMailSettings.DEFAULT_DIGEST_CRON, URI.create("http://localhost:8080"));

        // Friday 4 December 2026, after 08:00: the next digest is Monday's.
        assertThat(settings.digestSchedule().next(LocalDateTime.of(2026, 12, 4, 9, 0)))
                .isEqualTo(LocalDateTime.of(2026, 12, 7, 8, 0));
    }

    @Test
    void refusesACronOrAnOfficeAddressThatIsNotOneAtStartUp() {
        assertThatThrownBy(() -> new DepartmentMailSettings(DepartmentMail.DIGEST, "every morning",
                URI.create("http://localhost:8080")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("digest-cron");
        assertThatThrownBy(() -> new DepartmentMailSettings(DepartmentMail.DIGEST,
                DepartmentMailSettings.DEFAULT_DIGEST_CRON, URI.create("/complaints")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("office-url");
    }
}
