package be.partenamut.complaints.support.security;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponseException;

import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.assertThatNoException;

/** A department agent reaches the complaints of their queue only; officers and administrators reach every queue's. */
class DepartmentScopeTest {

    @Test
    void holdsAnAgentToTheirDepartment() {
        DepartmentScope agent = DepartmentScope.of(staff(Set.of(Roles.AGENT), "HOME_CARE"));

        assertThat(agent.covers("HOME_CARE")).isTrue();
        assertThat(agent.covers("AGENCIES")).isFalse();
        assertThat(agent.covers(null)).as("a complaint not routed yet").isTrue();
    }

    @Test
    void refusesAnotherDepartmentsComplaintWithAForbiddenProblem() {
        DepartmentScope agent = DepartmentScope.of(staff(Set.of(Roles.AGENT), "HOME_CARE"));

        assertThatThrownBy(() -> agent.check("AGENCIES")).isInstanceOfSatisfying(ErrorResponseException.class, e -> {
            assertThat(e.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
            assertThat(e.getBody().getType().toString()).endsWith("/forbidden");
        });
        assertThatNoException().isThrownBy(() -> agent.check("HOME_CARE"));
    }

    @Test
    void givesAnAgentWithoutDepartmentNoRoutedComplaint() {
        DepartmentScope agent = DepartmentScope.of(staff(Set.of(Roles.AGENT), null));

        assertThat(agent.covers("HOME_CARE")).isFalse();
        assertThat(agent.covers(null)).isTrue();
    }

    @Test
    void holdsOfficersAndAdministratorsToNoDepartment() {
        for (Set<String> roles : List.of(Set.of(Roles.OFFICER), Set.of(Roles.ADMIN), Set.of(Roles.AGENT, Roles.OFFICER))) {
            DepartmentScope scope = DepartmentScope.of(staff(roles, "HOME_CARE"));

            assertThat(scope.allDepartments()).as("%s", roles).isTrue();
            assertThat(scope.covers("AGENCIES")).as("%s", roles).isTrue();
        }
    }

    private static StaffMember staff(Set<String> roles, String department) {
        return new StaffMember("someone", roles, department, List.of());
    }
}
