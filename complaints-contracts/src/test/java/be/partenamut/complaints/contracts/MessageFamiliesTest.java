package be.partenamut.complaints.contracts;

import be.partenamut.complaints.contracts.deliveries.DeliveryMessage;
import be.partenamut.complaints.contracts.deliveries.UnknownDeliveryMessage;
import be.partenamut.complaints.contracts.events.ComplaintEvent;
import be.partenamut.complaints.contracts.events.UnknownComplaintEvent;
import be.partenamut.complaints.contracts.routing.RoutingMessage;
import be.partenamut.complaints.contracts.routing.UnknownRoutingMessage;
import be.partenamut.complaints.contracts.submissions.SubmissionMessage;
import be.partenamut.complaints.contracts.submissions.UnknownSubmission;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each family of messages is listed three times: the types it permits, the names Jackson reads and
 * writes, and its visitor's methods. The compiler checks only the first against the records; this
 * test fails as soon as the other two disagree with it.
 */
class MessageFamiliesTest {

    static Stream<Class<?>> families() {
        return Stream.of(ComplaintEvent.class, SubmissionMessage.class, RoutingMessage.class, DeliveryMessage.class);
    }

    static Stream<ContractMessage> messages() {
        Stream<ContractMessage> unknown = Stream.of(new UnknownComplaintEvent(ContractSamples.METADATA),
                new UnknownSubmission(ContractSamples.METADATA), new UnknownRoutingMessage(ContractSamples.METADATA),
                new UnknownDeliveryMessage(ContractSamples.METADATA));
        return Stream.concat(ContractSamples.all().stream().map(ContractMessage.class::cast), unknown);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("families")
    void theVisitorHasOneMethodPerPermittedType(Class<?> family) {
        List<Class<?>> visited = visitMethods(family).stream().map(m -> m.getParameterTypes()[0]).toList();

        assertThat(visited).doesNotHaveDuplicates();
        assertThat(visited).containsExactlyInAnyOrder(family.getPermittedSubclasses());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("families")
    void jacksonKnowsEveryPermittedTypeAndReadsTheRestAsUnknown(Class<?> family) {
        Set<Class<?>> named = Arrays.stream(family.getAnnotation(JsonSubTypes.class).value())
                .map(JsonSubTypes.Type::value).collect(Collectors.toSet());
        Class<?> unknown = family.getAnnotation(JsonTypeInfo.class).defaultImpl();

        assertThat(named).doesNotContain(unknown);
        assertThat(Stream.concat(named.stream(), Stream.of(unknown)))
                .containsExactlyInAnyOrder(family.getPermittedSubclasses());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("families")
    void eachTypeTravelsUnderTheNameOfItsRecord(Class<?> family) {
        // ComplaintEvent.type() and the consumers' logs and metrics name a message by its record.
        assertThat(family.getAnnotation(JsonSubTypes.class).value())
                .allSatisfy(type -> assertThat(type.name()).isEqualTo(type.value().getSimpleName()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("families")
    void everyPermittedTypeHasASample(Class<?> family) {
        assertThat(messages().map(Object::getClass).filter(family::isAssignableFrom))
                .containsExactlyInAnyOrder(family.getPermittedSubclasses());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("messages")
    void aMessageGoesToTheVisitorMethodForItsOwnType(ContractMessage message) throws Exception {
        Class<?> family = Arrays.stream(message.getClass().getInterfaces())
                .filter(ContractMessage.class::isAssignableFrom).findFirst().orElseThrow();
        Class<?> visitorType = visitorOf(family);
        AtomicReference<Class<?>> visited = new AtomicReference<>();
        Object visitor = Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[]{visitorType},
                (proxy, method, args) -> {
                    visited.set(method.getParameterTypes()[0]);
                    return "visited";
                });

        Object result = message.getClass().getMethod("accept", visitorType).invoke(message, visitor);

        assertThat(result).isEqualTo("visited");
        assertThat(visited.get()).isEqualTo(message.getClass());
    }

    private static List<Method> visitMethods(Class<?> family) {
        return Arrays.stream(visitorOf(family).getDeclaredMethods())
                .filter(m -> m.getName().equals("visit") && m.getParameterCount() == 1)
                .toList();
    }

    private static Class<?> visitorOf(Class<?> family) {
        return Arrays.stream(family.getDeclaredClasses())
                .filter(nested -> nested.getSimpleName().equals("Visitor"))
                .findFirst()
                .orElseThrow(() -> new AssertionError(family.getSimpleName() + " has no Visitor"));
    }
}
