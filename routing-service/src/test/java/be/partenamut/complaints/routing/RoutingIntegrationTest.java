package be.partenamut.complaints.routing;

import be.partenamut.complaints.localstack.infra.SharedInfrastructure;
import be.partenamut.complaints.localstack.infra.TopicClient;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The routing service on a real PostgreSQL and a real Kafka broker, shared by every test of this JVM. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
public abstract class RoutingIntegrationTest {

    protected static final String GROUP = "routing-service";

    protected final TopicClient topics = new TopicClient(SharedInfrastructure.kafka().bootstrapServers());

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        SharedInfrastructure.springProperties("routing", false).forEach((key, value) -> registry.add(key, () -> value));
    }
}
