package be.partenamut.complaints.routing.assignment;

import be.partenamut.complaints.routing.assignment.RoutingProperties.Department;
import be.partenamut.complaints.routing.assignment.RoutingProperties.Rule;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RoutingTableTest {

    private static final List<Department> DEPARTMENTS = List.of(
            department("HEALTHCARE_REIMBURSEMENTS"), department("INCAPACITY_DISABILITY"), department("AGENCIES"),
            department("SERVICE_CENTER"), department("HOME_CARE"), department("COMPLAINTS_SERVICE"));

    private final RoutingTable table = table(List.of(
            new Rule("german-home-care", "HOME_CARE", null, null, "de", null, "AGENCIES"),
            Rule.byCategory("category-reimbursement", "REIMBURSEMENT", "HEALTHCARE_REIMBURSEMENTS"),
            Rule.byCategory("category-incapacity", "INCAPACITY_BENEFITS", "INCAPACITY_DISABILITY"),
            Rule.byCategory("shadowed", "REIMBURSEMENT", "AGENCIES"),
            Rule.byCategory("category-home-care", "HOME_CARE", "HOME_CARE"),
            new Rule("letters-to-the-service-center", null, null, "LETTER", null, null, "SERVICE_CENTER"),
            new Rule("agency-counter", null, null, "AGENCY", null, null, "AGENCIES"),
            new Rule("hospital-product", null, "HOSPI-PLUS", null, null, null, "HEALTHCARE_REIMBURSEMENTS"),
            new Rule("agency-liege", null, null, null, null, "LIEGE-01", "AGENCIES")));

    @Test
    void assignsTheDepartmentOfTheFirstRuleMatchingTheCategory() {
        assertThat(table.assign(RoutingRequest.ofCategory("REIMBURSEMENT")))
                .isEqualTo(new RoutingTable.Assignment("HEALTHCARE_REIMBURSEMENTS", "category-reimbursement"));
        assertThat(table.assign(RoutingRequest.ofCategory("INCAPACITY_BENEFITS")).department())
                .isEqualTo("INCAPACITY_DISABILITY");
    }

    @Test
    void sendsAComplaintNoRuleMatchesToTheDefaultQueue() {
        assertThat(table.assign(RoutingRequest.ofCategory("SOMETHING_NEW")))
                .isEqualTo(new RoutingTable.Assignment("SERVICE_CENTER", RoutingTable.DEFAULT_RULE));
        assertThat(table.assign(RoutingRequest.ofCategory(null)).department()).isEqualTo("SERVICE_CENTER");
    }

    @Test
    void aRuleMatchesOnlyWhenEveryOneOfItsConditionsDoes() {
        assertThat(table.assign(new RoutingRequest("HOME_CARE", null, "WEB_FORM", "de", null)).rule())
                .isEqualTo("german-home-care");
        assertThat(table.assign(new RoutingRequest("HOME_CARE", null, "WEB_FORM", "nl", null)).rule())
                .isEqualTo("category-home-care");
        assertThat(table.assign(new RoutingRequest("HOME_CARE", null, "WEB_FORM", null, null)).rule())
                .isEqualTo("category-home-care");
    }

    @Test
    void matchesChannelsAndLanguagesWhateverTheirCase() {
        assertThat(table.assign(new RoutingRequest("SOMETHING_NEW", null, "letter", "fr", null)).rule())
                .isEqualTo("letters-to-the-service-center");
        assertThat(table.assign(new RoutingRequest("home_care", null, "PHONE", "DE", null)).rule())
                .isEqualTo("german-home-care");
    }

    @Test
    void theFirstMatchingRuleWinsOverLaterOnes() {
        assertThat(table.assign(new RoutingRequest("REIMBURSEMENT", null, "AGENCY", null, null)).rule())
                .isEqualTo("category-reimbursement");
        assertThat(table.assign(new RoutingRequest("SOMETHING_NEW", null, "AGENCY", null, null)).rule())
                .isEqualTo("agency-counter");
    }

    @Test
    void productAndAgencyRulesMatchOnlyComplaintsThatCarryThem() {
        assertThat(table.assign(new RoutingRequest("SOMETHING_NEW", null, "PHONE", "fr", null)).rule())
                .isEqualTo(RoutingTable.DEFAULT_RULE);
        assertThat(table.assign(new RoutingRequest("SOMETHING_NEW", "HOSPI-PLUS", "PHONE", "fr", null)).rule())
                .isEqualTo("hospital-product");
        assertThat(table.assign(new RoutingRequest("SOMETHING_NEW", null, "PHONE", "fr", "LIEGE-01")).rule())
                .isEqualTo("agency-liege");
    }

    @Test
    void refusesToStartWithARuleForAnUnknownDepartment() {
        assertThatThrownBy(() -> table(List.of(Rule.byCategory("typo", "REIMBURSEMENT", "HEALTHCARE_REIMBURSMENTS"))))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("rule typo names department HEALTHCARE_REIMBURSMENTS");
    }

    @Test
    void refusesToStartWithARuleWithoutConditionOrAnUnknownChannelOrLanguageOrATwiceDefinedId() {
        assertThatThrownBy(() -> table(List.of(
                new Rule("catch-all", null, null, null, null, null, "AGENCIES"),
                new Rule("fax", null, null, "FAX", null, null, "AGENCIES"),
                new Rule("english", null, null, null, "en", null, "AGENCIES"),
                Rule.byCategory("twice", "HOME_CARE", "HOME_CARE"),
                Rule.byCategory("twice", "REIMBURSEMENT", "HEALTHCARE_REIMBURSEMENTS"))))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("rule catch-all has no condition")
                .hasMessageContaining("rule fax names channel FAX")
                .hasMessageContaining("rule english names language en")
                .hasMessageContaining("rule twice is defined twice");
    }

    @Test
    void refusesACatalogueWithoutTheComplaintsServiceOrADefaultOutsideIt() {
        assertThatThrownBy(() -> new DepartmentCatalogue(new RoutingProperties("SERVICE_CENTER",
                List.of(department("SERVICE_CENTER")), List.of(Rule.byCategory("a", "B", "SERVICE_CENTER")))))
                .hasMessageContaining("must list COMPLAINTS_SERVICE");
        RoutingProperties unknownDefault = new RoutingProperties("NOWHERE", DEPARTMENTS,
                List.of(Rule.byCategory("a", "B", "SERVICE_CENTER")));
        assertThatThrownBy(() -> new RoutingTable(unknownDefault, new DepartmentCatalogue(unknownDefault)))
                .hasMessageContaining("the default department NOWHERE is not in the catalogue");
    }

    private static RoutingTable table(List<Rule> rules) {
        RoutingProperties properties = new RoutingProperties("SERVICE_CENTER", DEPARTMENTS, rules);
        return new RoutingTable(properties, new DepartmentCatalogue(properties));
    }

    private static Department department(String code) {
        return new Department(code, code + " (fr)", code + " (nl)", code + " (de)");
    }
}
