package be.partenamut.complaints.office.casework.web;

import be.partenamut.complaints.office.complaint.command.OutsideDepartmentException;
import be.partenamut.complaints.office.complaint.query.WorkQueue;
import be.partenamut.complaints.support.security.Roles;
import be.partenamut.complaints.support.security.StaffMember;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Which staff are confined to one department's queue, as their token says. */
class DepartmentScopeTest {

    @Test
    void confinesAnAgentToTheDepartmentOfTheirToken() {
        DepartmentScope scope = DepartmentScope.of(staff(Set.of(Roles.AGENT), "HOME_CARE"));

        assertThat(scope.everyDepartment()).isFalse();
        assertThat(scope.department()).isEqualTo("HOME_CARE");
        assertThat(scope.queueToList(null)).isEqualTo("HOME_CARE");
        assertThat(scope.queueToList("HOME_CARE")).isEqualTo("HOME_CARE");
        assertThatThrownBy(() -> scope.queueToList("AGENCIES")).isInstanceOf(OutsideDepartmentException.class)
                .hasMessageContaining("HOME_CARE").hasMessageContaining("AGENCIES");
    }

    /** A token without a department opens no queue, rather than all of them. */
    @Test
    void refusesAnAgentWhoseTokenNamesNoDepartment() {
        assertThatThrownBy(() -> DepartmentScope.of(staff(Set.of(Roles.AGENT), null)))
                .isInstanceOf(NoDepartmentException.class)
                .hasMessageContaining("names no department");
        assertThatThrownBy(() -> DepartmentScope.of(staff(Set.of(Roles.AGENT), " ")))
                .isInstanceOf(NoDepartmentException.class);
    }

    @Test
    void confinesNeitherOfficersNorAdministrators() {
        DepartmentScope officer = DepartmentScope.of(staff(Set.of(Roles.OFFICER), null));
        DepartmentScope admin = DepartmentScope.of(staff(Set.of(Roles.ADMIN), null));
        DepartmentScope officerAndAgent = DepartmentScope.of(staff(Set.of(Roles.OFFICER, Roles.AGENT), "HOME_CARE"));

        assertThat(List.of(officer, admin, officerAndAgent)).allSatisfy(scope -> {
            assertThat(scope.everyDepartment()).isTrue();
            assertThat(scope.queueToList(null)).isNull();
            assertThat(scope.queueToList("AGENCIES")).isEqualTo("AGENCIES");
        });
    }

    @Test
    void opensAnAgentTheirDepartmentsQueueOnlyAndTheOthersAnyQueue() {
        DepartmentScope agent = DepartmentScope.of(staff(Set.of(Roles.AGENT), "HOME_CARE"));
        DepartmentScope officer = DepartmentScope.of(staff(Set.of(Roles.OFFICER), null));

        assertThat(agent.queue(null)).isEqualTo(WorkQueue.ofDepartment("HOME_CARE"));
        assertThat(agent.queue("HOME_CARE")).isEqualTo(WorkQueue.ofDepartment("HOME_CARE"));
        assertThat(agent.visibleQueues()).isEqualTo(WorkQueue.ofDepartment("HOME_CARE"));
        assertThatThrownBy(() -> agent.queue(WorkQueue.COMPLAINTS_SERVICE)).isInstanceOf(OutsideDepartmentException.class);
        assertThatThrownBy(() -> agent.queue("AGENCIES")).isInstanceOf(OutsideDepartmentException.class);
        assertThat(officer.queue(null)).isEqualTo(WorkQueue.everyComplaint());
        assertThat(officer.queue(WorkQueue.COMPLAINTS_SERVICE)).isEqualTo(WorkQueue.complaintsService());
        assertThat(officer.queue("AGENCIES")).isEqualTo(WorkQueue.ofDepartment("AGENCIES"));
        assertThat(officer.visibleQueues()).isEqualTo(WorkQueue.everyComplaint());
    }

    private static StaffMember staff(Set<String> roles, String department) {
        return new StaffMember("someone", roles, department, List.of());
    }
}
