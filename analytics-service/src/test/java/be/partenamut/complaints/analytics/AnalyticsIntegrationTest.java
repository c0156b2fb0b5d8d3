package be.partenamut.complaints.analytics;

import be.partenamut.complaints.localstack.infra.SharedInfrastructure;
import be.partenamut.complaints.localstack.infra.TopicClient;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicInteger;

/** The analytics service on a real PostgreSQL and a real Kafka broker, shared by every test of this JVM. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
public abstract class AnalyticsIntegrationTest {

    protected static final String GROUP = "analytics-service";

    private static final LocalDate FIRST_TEST_DAY = LocalDate.of(2001, 1, 1);
    private static final AtomicInteger DAYS_TAKEN = new AtomicInteger();

    protected final TopicClient topics = new TopicClient(SharedInfrastructure.kafka().bootstrapServers());

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        SharedInfrastructure.springProperties("analytics", false).forEach((key, value) -> registry.add(key, () -> value));
    }

    /**
     * A received date no other test of this JVM uses (the database is new for each JVM), with free
     * days on either side: statistics filtered on it count this test's complaints only.
     */
    protected static LocalDate dayOfThisTest() {
        return FIRST_TEST_DAY.plusDays(10L * DAYS_TAKEN.incrementAndGet());
    }
}
