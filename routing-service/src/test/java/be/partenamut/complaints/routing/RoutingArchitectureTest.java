package be.partenamut.complaints.routing;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * The SLA saga and its events know nothing of HTTP or Kafka, nor of the published events: the consumer
 * translates those into the saga's own, so the saga's stored state never depends on the wire format.
 */
@AnalyzeClasses(packages = "be.partenamut.complaints.routing", importOptions = ImportOption.DoNotIncludeTests.class)
class RoutingArchitectureTest {

    @ArchTest
    static final ArchRule slaTimersHaveNoWebOrMessaging = noClasses()
            .that().resideInAnyPackage("..sla.api..", "..sla.saga..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "org.springframework.web..", "org.springframework.cloud.stream..", "org.springframework.kafka..",
                    "jakarta.servlet..", "..routing.messaging..", "..web..",
                    "be.partenamut.complaints.contracts.events..", "be.partenamut.complaints.contracts.routing..");

    @ArchTest
    static final ArchRule rulesKnowNothingOfTheWeb = noClasses()
            .that().resideInAnyPackage("..routing.assignment")
            .should().dependOnClassesThat().resideInAnyPackage("org.springframework.web..", "jakarta.servlet..",
                    "..assignment.web..");
}
