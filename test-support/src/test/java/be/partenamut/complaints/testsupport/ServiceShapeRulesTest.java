package be.partenamut.complaints.testsupport;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each rule finds what it is about: a misshapen service (test classes under {@code misshapen}) breaks every
 * one of them, and the report names the class at fault.
 */
class ServiceShapeRulesTest {

    private static final JavaClasses MISSHAPEN = new ClassFileImporter()
            .importPackages("be.partenamut.complaints.misshapen");

    @Test
    void findsACycleBetweenFeatures() {
        assertThat(violations(ServiceShapeRules.featuresDependOnEachOtherOneWay))
                .contains("Slice billing").contains("Slice orders");
    }

    @Test
    void findsConfigurationOutsideConfig() {
        assertThat(violations(ServiceShapeRules.configurationLivesInConfig)).contains("OrdersConfiguration")
                .doesNotContain("ClockConfiguration").doesNotContain("OrdersConsumer");
    }

    @Test
    void findsAClockDefinedOutsideClockConfiguration() {
        assertThat(violations(ServiceShapeRules.clockIsDefinedInClockConfiguration)).contains("OrdersConfiguration.clock()");
    }

    @Test
    void findsAConsumerOutsideMessaging() {
        assertThat(violations(ServiceShapeRules.consumersLiveInMessaging)).contains("OrdersConfiguration.orders()");
    }

    @Test
    void findsOtherBeansInMessaging() {
        assertThat(violations(ServiceShapeRules.messagingDeclaresNoOtherBeans)).contains("OrdersConsumer.notAConsumer()");
    }

    @Test
    void findsAControllerOutsideWeb() {
        assertThat(violations(ServiceShapeRules.controllersLiveInWeb)).contains("OrdersController");
    }

    @Test
    void findsMessagingThatBelongsToNoFeature() {
        assertThat(violations(ServiceShapeRules.webAndMessagingBelongToAFeature)).contains("EverythingConsumer")
                .doesNotContain("OrdersConsumer");
    }

    private static String violations(ArchRule rule) {
        EvaluationResult result = rule.evaluate(MISSHAPEN);
        assertThat(result.hasViolation()).as("the misshapen service breaks '%s'", rule.getDescription()).isTrue();
        return String.join("\n", result.getFailureReport().getDetails());
    }
}
