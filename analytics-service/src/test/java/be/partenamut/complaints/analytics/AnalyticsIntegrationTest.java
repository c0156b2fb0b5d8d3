package be.partenamut.complaints.analytics;

import be.partenamut.complaints.localstack.infra.SharedInfrastructure;
import be.partenamut.complaints.localstack.infra.TokenClient;
import be.partenamut.complaints.localstack.infra.TopicClient;
import be.partenamut.complaints.testsupport.BearerAuth;
import be.partenamut.complaints.testsupport.MutableClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The analytics service on a real PostgreSQL, a real Kafka broker and the real identity provider, shared by
 * every test of this JVM. Staff call it with the provider's access tokens ({@link #as}); its clock is a
 * {@link MutableClock}, which also decides when a token has expired.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(MutableClock.Configuration.class)
public abstract class AnalyticsIntegrationTest {

    protected static final String GROUP = "analytics-service";

    private static final LocalDate FIRST_TEST_DAY = LocalDate.of(2001, 1, 1);
    private static final AtomicInteger DAYS_TAKEN = new AtomicInteger();

    protected final TopicClient topics = new TopicClient(SharedInfrastructure.kafka().bootstrapServers());
    protected final TokenClient tokens = SharedInfrastructure.identityProvider().tokens();

    @Autowired
    protected TestRestTemplate http;

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        SharedInfrastructure.springProperties("analytics", false).forEach((key, value) -> registry.add(key, () -> value));
        SharedInfrastructure.identityProvider().springProperties().forEach((key, value) -> registry.add(key, () -> value));
    }

    /** Requests as demo staff member {@code user} (analyst, officer, admin, agent...), with their access token. */
    protected TestRestTemplate as(String user) {
        return BearerAuth.withBearer(http, tokens.userToken(user));
    }

    /**
     * A received date no other test of this JVM uses (the database is new for each JVM), with free
     * days on either side: statistics filtered on it count this test's complaints only.
     */
    protected static LocalDate dayOfThisTest() {
        return FIRST_TEST_DAY.plusDays(10L * DAYS_TAKEN.incrementAndGet());
    }
}
