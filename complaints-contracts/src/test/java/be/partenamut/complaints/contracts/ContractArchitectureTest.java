package be.partenamut.complaints.contracts;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** The published language is shared by every service: it must not drag any framework along. */
@AnalyzeClasses(packages = "be.partenamut.complaints.contracts", importOptions = ImportOption.DoNotIncludeTests.class)
class ContractArchitectureTest {

    @ArchTest
    static final ArchRule dependsOnNoFramework = noClasses()
            .should().dependOnClassesThat().resideInAnyPackage(
                    "org.springframework..", "jakarta.persistence..", "org.axonframework..", "org.hibernate..");

    @ArchTest
    static final ArchRule dependsOnNothingElseOfOurs = noClasses()
            .should().dependOnClassesThat(resideInAPackage("be.partenamut.complaints..")
                    .and(resideOutsideOfPackage("be.partenamut.complaints.contracts..")));

    @ArchTest
    static final ArchRule messagesAreRecords = classes()
            .that().resideInAnyPackage("..contracts.events..", "..contracts.submissions..", "..contracts.routing..",
                    "..contracts.deliveries..")
            .and().areNotInterfaces()
            .and().areNotEnums()
            .should().beRecords();
}
