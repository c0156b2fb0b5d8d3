package be.partenamut.complaints.support.messaging.deadletter;

import be.partenamut.complaints.support.messaging.UnprocessableMessageException;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;
import org.springframework.kafka.listener.ListenerExecutionFailedException;
import org.springframework.messaging.MessageHandlingException;
import org.springframework.util.backoff.BackOffExecution;

import java.sql.SQLTransientConnectionException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class ConsumerFailureHandlingTest {

    private final ConsumerFailureHandling handling = new ConsumerFailureHandling(
            List.of(PermanentFailures.of(UnprocessableMessageException.class)),
            new DeadLetterProducer(Map.of("bootstrap.servers", "localhost:1")), new DeadLetterTopics(),
            new ConsumerRetries(new SimpleMeterRegistry(), Clock.systemUTC()), new SimpleMeterRegistry());

    @Test
    void waitsLongerEachTimeUpToThirtySecondsAndNeverGivesUp() {
        BackOffExecution execution = ConsumerFailureHandling.unlimitedBackOff().start();
        List<Long> firstWaits = new ArrayList<>();
        for (int attempt = 0; attempt < 7; attempt++) {
            firstWaits.add(execution.nextBackOff());
        }
        for (int attempt = 0; attempt < 100_000; attempt++) {
            assertThat(execution.nextBackOff()).isEqualTo(30_000L);
        }

        assertThat(firstWaits).containsExactly(1_000L, 2_000L, 4_000L, 8_000L, 16_000L, 30_000L, 30_000L);
    }

    @Test
    void givesThePermanentFailureAsTheReasonNotItsWrappers() {
        UnprocessableMessageException unreadable = new UnprocessableMessageException("not a readable ComplaintEvent");
        Exception thrown = new ListenerExecutionFailedException("Listener failed",
                new MessageHandlingException(null, "error occurred in message handler", unreadable));

        assertThat(handling.reasonOf(thrown)).isSameAs(unreadable);
    }

    @Test
    void givesTheDeepestCauseOfAnyOtherFailure() {
        SQLTransientConnectionException away = new SQLTransientConnectionException("Connection is not available");
        Exception thrown = new ListenerExecutionFailedException("Listener failed",
                new IllegalStateException("Failed to obtain JDBC Connection", away));

        assertThat(handling.reasonOf(thrown)).isSameAs(away);
    }
}
