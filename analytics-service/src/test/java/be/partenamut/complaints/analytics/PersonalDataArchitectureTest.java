package be.partenamut.complaints.analytics;

import be.partenamut.complaints.contracts.ComplaintFile;
import be.partenamut.complaints.contracts.MemberContact;
import be.partenamut.complaints.contracts.events.ComplaintAcknowledged;
import be.partenamut.complaints.contracts.events.ComplaintAnswered;
import be.partenamut.complaints.contracts.events.ComplaintClosed;
import be.partenamut.complaints.contracts.events.ComplaintEscalated;
import be.partenamut.complaints.contracts.events.ComplaintInstructed;
import be.partenamut.complaints.contracts.events.RecommendationIssued;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * The figures hold no personal data: the service never reads who complained, the reference that
 * identifies the file, nor any text written by the member or the staff.
 */
@AnalyzeClasses(packages = "be.partenamut.complaints.analytics", importOptions = ImportOption.DoNotIncludeTests.class)
class PersonalDataArchitectureTest {

    @ArchTest
    static final ArchRule readsNoMemberNorAnyText = noClasses()
            .that().resideInAPackage("be.partenamut.complaints.analytics..")
            .should().dependOnClassesThat().belongToAnyOf(MemberContact.class)
            .orShould().callMethod(ComplaintFile.class, "member")
            .orShould().callMethod(ComplaintFile.class, "reference")
            .orShould().callMethod(ComplaintFile.class, "subject")
            .orShould().callMethod(ComplaintFile.class, "description")
            .orShould().callMethod(ComplaintAcknowledged.class, "reference")
            .orShould().callMethod(ComplaintAnswered.class, "answer")
            .orShould().callMethod(ComplaintEscalated.class, "reason")
            .orShould().callMethod(ComplaintInstructed.class, "findings")
            .orShould().callMethod(RecommendationIssued.class, "recommendation")
            .orShould().callMethod(ComplaintClosed.class, "reason")
            .because("analytics keeps counts only; personal data stays with the complaints office");

    @ArchTest
    static final ArchRule figuresDoNotDependOnTheWebOrMessagingLayers = noClasses()
            .that().resideInAPackage("be.partenamut.complaints.analytics.statistics")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "be.partenamut.complaints.analytics.statistics.web..",
                    "be.partenamut.complaints.analytics.statistics.messaging..",
                    "org.springframework.web..", "org.springframework.cloud.stream..");
}
