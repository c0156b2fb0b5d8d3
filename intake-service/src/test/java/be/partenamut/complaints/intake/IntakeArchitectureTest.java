package be.partenamut.complaints.intake;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * The acceptance rules, the policy and the submission and escalation flows know nothing of HTTP: every
 * door (the REST API, the web form, the channels' Kafka topic) reuses them.
 */
@AnalyzeClasses(packages = "be.partenamut.complaints.intake", importOptions = ImportOption.DoNotIncludeTests.class)
class IntakeArchitectureTest {

    @ArchTest
    static final ArchRule featureCodeHasNoWebImports = noClasses()
            .that().resideInAnyPackage("..intake.submission", "..intake.request", "..intake.outbox", "..intake.category",
                    "..intake.member", "..intake.policy", "..intake.duplicate", "..intake.escalation", "..intake.desk",
                    "..intake.limit")
            .should().dependOnClassesThat().resideInAnyPackage("org.springframework.web..", "org.springframework.http..",
                    "jakarta.servlet..", "..intake.channel.web..", "..intake.category.web..", "..intake.form.web..",
                    "..intake.limit.web..", "..intake.problem..");

    @ArchTest
    static final ArchRule messagingIsReachedOnlyThroughTheFeature = noClasses()
            .that().resideInAnyPackage("..web..")
            .should().dependOnClassesThat().resideInAnyPackage("..messaging..", "org.springframework.cloud.stream..");
}
