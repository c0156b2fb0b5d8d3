package be.partenamut.complaints.notification;

import be.partenamut.complaints.testsupport.ServiceShapeRules;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.junit.ArchTests;

/** This service keeps the shape every service keeps (README, "Shape of a service"). */
@AnalyzeClasses(packages = "be.partenamut.complaints.notification", importOptions = ImportOption.DoNotIncludeTests.class)
class ServiceShapeTest {

    @ArchTest
    static final ArchTests shape = ArchTests.in(ServiceShapeRules.class);
}
