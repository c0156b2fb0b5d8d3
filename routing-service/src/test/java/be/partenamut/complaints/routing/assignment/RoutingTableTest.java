package be.partenamut.complaints.routing.assignment;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class RoutingTableTest {

    private final RoutingTable table = new RoutingTable(new RoutingProperties("SERVICE_CENTER", List.of(
            new RoutingProperties.Rule("category-reimbursement", "REIMBURSEMENT", "HEALTHCARE_REIMBURSEMENTS"),
            new RoutingProperties.Rule("category-incapacity", "INCAPACITY_BENEFITS", "INCAPACITY_DISABILITY"),
            new RoutingProperties.Rule("shadowed", "REIMBURSEMENT", "AGENCIES"))));

    @Test
    void assignsTheDepartmentOfTheFirstRuleMatchingTheCategory() {
        assertThat(table.assign("REIMBURSEMENT"))
                .isEqualTo(new RoutingTable.Assignment("HEALTHCARE_REIMBURSEMENTS", "category-reimbursement"));
        assertThat(table.assign("INCAPACITY_BENEFITS").department()).isEqualTo("INCAPACITY_DISABILITY");
    }

    @Test
    void sendsAComplaintNoRuleMatchesToTheDefaultQueue() {
        assertThat(table.assign("SOMETHING_NEW"))
                .isEqualTo(new RoutingTable.Assignment("SERVICE_CENTER", RoutingTable.DEFAULT_RULE));
        assertThat(table.assign(null).department()).isEqualTo("SERVICE_CENTER");
    }
}
