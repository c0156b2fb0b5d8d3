package be.partenamut.complaints.testsupport;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import java.time.Clock;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.assignableTo;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The shape every service keeps (README, "Shape of a service"): packages by feature under
 * {@code be.partenamut.complaints.<service>}, whose arrows run one way; inside a feature, {@code web} for
 * controllers and {@code messaging} for Kafka consumers and publishers; Spring configuration in
 * {@code config}, with the one clock in {@code config.ClockConfiguration}. A service applies them with
 * {@code @ArchTest static final ArchTests shape = ArchTests.in(ServiceShapeRules.class);} on its main classes.
 */
public final class ServiceShapeRules {

    private static final String CONFIGURATION = "org.springframework.context.annotation.Configuration";
    private static final String APPLICATION = "org.springframework.boot.autoconfigure.SpringBootApplication";
    private static final String BEAN = "org.springframework.context.annotation.Bean";
    private static final String CONTROLLER = "org.springframework.stereotype.Controller";
    private static final String CONTROLLER_ADVICE = "org.springframework.web.bind.annotation.ControllerAdvice";

    /** Spring Cloud Stream binds a function bean to a topic: a {@code Consumer} reads one. */
    private static final DescribedPredicate<JavaClass> MESSAGE_FUNCTION = assignableTo(Consumer.class)
            .or(assignableTo(Function.class)).or(assignableTo(Supplier.class))
            .as("a message function (Consumer, Function, Supplier)");

    @ArchTest
    public static final ArchRule featuresDependOnEachOtherOneWay = slices()
            .matching("be.partenamut.complaints.*.(*)..")
            .should().beFreeOfCycles()
            .because("a feature that needs another's types cannot also be needed by it: the arrows between the"
                    + " features of a service run one way");

    @ArchTest
    public static final ArchRule configurationLivesInConfig = classes()
            .that().areMetaAnnotatedWith(CONFIGURATION)
            .and().areNotAnnotatedWith(APPLICATION)
            .and().resideOutsideOfPackage("..messaging..")
            .should().resideInAPackage("be.partenamut.complaints.*.config")
            .because("a service's Spring configuration is found in one place, <service>.config (the Kafka"
                    + " consumers' bean classes excepted: they live in the feature's messaging package)");

    @ArchTest
    public static final ArchRule clockIsDefinedInClockConfiguration = methods()
            .that().areAnnotatedWith(BEAN)
            .and().haveRawReturnType(assignableTo(Clock.class))
            .should().beDeclaredInClassesThat().haveNameMatching("be\\.partenamut\\.complaints\\.[a-z]+\\.config\\.ClockConfiguration")
            .because("every service tells the time from one Clock bean, defined in <service>.config.ClockConfiguration,"
                    + " which tests replace");

    @ArchTest
    public static final ArchRule consumersLiveInMessaging = methods()
            .that().areAnnotatedWith(BEAN)
            .and().haveRawReturnType(MESSAGE_FUNCTION)
            .should().beDeclaredInClassesThat().resideInAPackage("..messaging")
            .because("a Kafka consumer is found in the messaging package of the feature it feeds");

    @ArchTest
    public static final ArchRule messagingDeclaresNoOtherBeans = methods()
            .that().areAnnotatedWith(BEAN)
            .and().areDeclaredInClassesThat().resideInAPackage("..messaging..")
            .should().haveRawReturnType(MESSAGE_FUNCTION)
            .because("a messaging package declares its consumers and nothing else: other beans are configured in config");

    @ArchTest
    public static final ArchRule controllersLiveInWeb = classes()
            .that().areMetaAnnotatedWith(CONTROLLER).or().areMetaAnnotatedWith(CONTROLLER_ADVICE)
            .should().resideInAPackage("..web")
            .because("a controller, and the handler of its problems, is found in the web package of its feature");

    @ArchTest
    public static final ArchRule webAndMessagingBelongToAFeature = noClasses()
            .should().resideInAnyPackage("be.partenamut.complaints.*.web..", "be.partenamut.complaints.*.messaging..")
            .because("web and messaging are the doors of a feature (<service>.<feature>.web, .messaging): a door"
                    + " that feeds several features belongs to a feature of its own, which they do not depend on");

    private ServiceShapeRules() {
    }
}
