package be.partenamut.complaints.office;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** The aggregate and its messages know nothing of HTTP, Kafka or the published contract's transport. */
@AnalyzeClasses(packages = "be.partenamut.complaints.office", importOptions = ImportOption.DoNotIncludeTests.class)
class OfficeArchitectureTest {

    @ArchTest
    static final ArchRule domainHasNoWebOrMessaging = noClasses()
            .that().resideInAnyPackage("..complaint.api..", "..complaint.command..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "org.springframework.web..", "org.springframework.cloud.stream..", "org.springframework.kafka..",
                    "jakarta.servlet..", "..casework.web..", "..complaint.messaging..");

    /**
     * The staff's view (query) may read the published form: it takes a complaint's status from the published
     * language's one rule, through the same translation as the relay ({@code complaint.published}).
     */
    @ArchTest
    static final ArchRule storedEventsDoNotUseThePublishedEvents = noClasses()
            .that().resideInAnyPackage("..complaint.api..", "..complaint.command..")
            .should().dependOnClassesThat().resideInAnyPackage("be.partenamut.complaints.contracts.events..");
}
