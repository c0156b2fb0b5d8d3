package be.partenamut.complaints.intake;

import be.partenamut.complaints.contracts.HeaderNames;
import be.partenamut.complaints.contracts.SealedText;
import be.partenamut.complaints.contracts.Topics;
import be.partenamut.complaints.localstack.infra.SharedInfrastructure;
import be.partenamut.complaints.localstack.infra.TokenClient;
import be.partenamut.complaints.localstack.infra.TopicClient;
import be.partenamut.complaints.personaldata.Opened;
import be.partenamut.complaints.personaldata.PersonalData;
import be.partenamut.complaints.support.correlation.Correlation;
import be.partenamut.complaints.testsupport.MutableClock;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.UnknownTopicOrPartitionException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The intake service on a real PostgreSQL, a real Kafka broker and the real identity provider, shared by every
 * test of this JVM, driven as a channel system drives it: over HTTP with the access token of the demo client
 * that owns the channel posted for, reading the topic with plain Kafka clients. Its clock is the real time
 * until a test moves it (and puts it back).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureObservability(tracing = false) // metrics are exported, as /actuator/prometheus serves them in production
@Import(MutableClock.Configuration.class)
public abstract class IntakeIntegrationTest {

    protected static final String COMPLAINTS = "/api/v1/complaints";
    /** The demo channel systems of the identity provider, by the channel each may post for. */
    protected static final Map<String, String> CLIENT_OF_CHANNEL = Map.of("AGENCY", "agency-desk",
            "PHONE", "service-center", "LETTER", "mail-room", "EMAIL", "email-gateway");
    /** Posts whose channel cannot be read (not JSON, no channel) go as the email gateway. */
    protected static final String DEFAULT_CLIENT = "email-gateway";

    /** Real tokens of the identity provider's demo clients and users. */
    protected final TokenClient tokens = SharedInfrastructure.identityProvider().tokens();
    /** A ceiling for what a loaded machine may take: it is waited for only when the test is failing. */
    protected static final Duration WAIT = Duration.ofSeconds(90);

    protected final TopicClient topics = new TopicClient(SharedInfrastructure.kafka().bootstrapServers());

    @Autowired
    protected TestRestTemplate http;
    @Autowired
    protected ObjectMapper json;
    @Autowired
    protected JdbcClient jdbc;
    /** The key vault the service seals with, to open what it published as the complaints office would. */
    @Autowired
    protected PersonalData personalData;

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        SharedInfrastructure.springProperties("intake", false).forEach((key, value) -> registry.add(key, () -> value));
        SharedInfrastructure.identityProvider().springProperties().forEach((key, value) -> registry.add(key, () -> value));
        // Every test posts from 127.0.0.1: the rate limit has its own test (RateLimitIT).
        registry.add("complaints.intake.rate-limit.capacity", () -> "1000000");
        registry.add("complaints.intake.rate-limit.refill-per-minute", () -> "1000000");
    }

    /**
     * A complete, valid submission by email (the email gateway's channel; like the web form's, it requires the
     * member's address); each call gives other content.
     */
    protected static Map<String, Object> complaint() {
        String nonce = UUID.randomUUID().toString();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("channel", "EMAIL");
        body.put("memberNumber", "100000001");
        body.put("firstName", "Sophie");
        body.put("lastName", "Peeters");
        body.put("email", "sophie.peeters@example.be");
        body.put("language", "nl");
        body.put("category", "REIMBURSEMENT");
        body.put("subject", "Terugbetaling kinesitherapie " + nonce);
        body.put("description", "Mijn terugbetaling van 12 oktober is nog steeds niet uitgevoerd. " + nonce);
        return body;
    }

    /**
     * A member number no other test uses (13 digits), so that no other test's data can match it, known
     * to the member registry (French, with a postal address).
     */
    protected String anotherMemberNumber() {
        String number = String.valueOf(ThreadLocalRandom.current().nextLong(1_000_000_000_000L, 10_000_000_000_000L));
        registerMember(number, "fr", "Bruxelles");
        return number;
    }

    /** Adds a member to the member registry, as the insurer's member system would know them. */
    protected void registerMember(String memberNumber, String language, String postalCity) {
        jdbc.sql("""
                        insert into member_registry.member (member_number, language, postal_city)
                        values (:number, :language, :city) on conflict do nothing""")
                .param("number", memberNumber).param("language", language).param("city", postalCity)
                .update();
    }

    /** Opens a sealed field of a published message with the complaint's key, as a reader with vault access would. */
    protected Opened open(String complaintId, String field, JsonNode sealed) {
        return personalData.openerFor(UUID.fromString(complaintId))
                .open(field, sealed == null || sealed.isNull() ? null : SealedText.of(sealed.asText()));
    }

    protected static Map<String, Object> with(Map<String, Object> body, String field, Object value) {
        Map<String, Object> changed = new LinkedHashMap<>(body);
        changed.put(field, value);
        return changed;
    }

    protected ResponseEntity<String> post(Object body) {
        return post(body, null, null);
    }

    /**
     * Posts {@code body} (a map, or raw text sent as is) as the channel system that owns its channel does, with
     * that client's access token.
     */
    protected ResponseEntity<String> post(Object body, String idempotencyKey, String correlationId) {
        return postWith(tokens.clientToken(clientFor(body)), body, idempotencyKey, correlationId);
    }

    /** The demo client that may post for {@code body}'s channel; {@link #DEFAULT_CLIENT} when it names none. */
    protected static String clientFor(Object body) {
        Object channel = body instanceof Map<?, ?> fields ? fields.get("channel") : null;
        return CLIENT_OF_CHANNEL.getOrDefault(String.valueOf(channel), DEFAULT_CLIENT);
    }

    /**
     * Puts {@code body} (a map, or raw text sent as is) on {@code complaints.channel-submissions.v1} as the channel
     * system that owns its channel does: with that client's access token in the record's Authorization header.
     */
    protected void sendToChannelTopic(String key, Object body) {
        sendToChannelTopic(key, body, tokens.clientToken(clientFor(body)));
    }

    /** Puts {@code body} on the channel topic with {@code token} ({@code null}: no Authorization header). */
    protected void sendToChannelTopic(String key, Object body, String token) {
        String text = body instanceof String raw ? raw : write(body);
        topics.send(Topics.CHANNEL_SUBMISSIONS, key, text,
                token == null ? Map.of() : Map.of(HeaderNames.AUTHORIZATION, TokenClient.bearer(token)));
    }

    /** Posts {@code body} with {@code token} ({@code null}: none) as {@code Authorization: Bearer}. */
    protected ResponseEntity<String> postWith(String token, Object body, String idempotencyKey, String correlationId) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        if (token != null) {
            headers.setBearerAuth(token);
        }
        if (idempotencyKey != null) {
            headers.set("Idempotency-Key", idempotencyKey);
        }
        if (correlationId != null) {
            headers.set(Correlation.HTTP_HEADER, correlationId);
        }
        String text = body instanceof String raw ? raw : write(body);
        return http.exchange(COMPLAINTS, HttpMethod.POST, new HttpEntity<>(text, headers), String.class);
    }

    protected JsonNode read(String text) {
        try {
            return json.readTree(text);
        } catch (JsonProcessingException e) {
            throw new AssertionError("not JSON: " + text, e);
        }
    }

    protected String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    protected long storedSubmissions() {
        return jdbc.sql("select count(*) from submission").query(Long.class).single();
    }

    protected long storedEscalations() {
        return jdbc.sql("select count(*) from escalation_request").query(Long.class).single();
    }

    /** How many messages were ever written to the submissions topic (the sum of its partitions' end offsets). */
    protected long publishedSubmissions() {
        return endOffsets().values().stream().mapToLong(Long::longValue).sum();
    }

    /**
     * Every message on the submissions topic keyed by {@code complaintId}: waits for the first one,
     * then reads every partition up to its end, so a duplicate cannot go unseen.
     */
    protected List<TopicClient.Record> messagesOf(String complaintId) {
        topics.readUntil(Topics.SUBMISSIONS, record -> complaintId.equals(record.key()), WAIT);
        return topics.readToEnd(Topics.SUBMISSIONS).stream().filter(record -> complaintId.equals(record.key())).toList();
    }

    /** Every message ever written to the submissions topic, its key, value and headers as the broker holds them. */
    protected List<ConsumerRecord<byte[], byte[]>> rawRecordsPublished() {
        Map<TopicPartition, Long> ends = endOffsets();
        List<ConsumerRecord<byte[], byte[]>> records = new ArrayList<>();
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, SharedInfrastructure.kafka().bootstrapServers(),
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false",
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class,
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class))) {
            consumer.assign(ends.keySet());
            consumer.seekToBeginning(ends.keySet());
            Instant deadline = Instant.now().plus(WAIT);
            while (ends.entrySet().stream().anyMatch(end -> consumer.position(end.getKey()) < end.getValue())) {
                if (Instant.now().isAfter(deadline)) {
                    throw new AssertionError("could not read " + Topics.SUBMISSIONS + " to its end");
                }
                consumer.poll(Duration.ofMillis(250)).forEach(records::add);
            }
        }
        return records;
    }

    private Map<TopicPartition, Long> endOffsets() {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                SharedInfrastructure.kafka().bootstrapServers()))) {
            List<TopicPartition> partitions = admin.describeTopics(List.of(Topics.SUBMISSIONS)).allTopicNames().get()
                    .get(Topics.SUBMISSIONS).partitions().stream()
                    .map(info -> new TopicPartition(Topics.SUBMISSIONS, info.partition())).toList();
            Map<TopicPartition, OffsetSpec> latest = partitions.stream()
                    .collect(Collectors.toMap(Function.identity(), partition -> OffsetSpec.latest()));
            return admin.listOffsets(latest).all().get().entrySet().stream()
                    .collect(Collectors.toMap(Map.Entry::getKey, end -> end.getValue().offset()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof UnknownTopicOrPartitionException) {
                return Map.of(); // nothing was ever published: the topic is made by the first message
            }
            throw new IllegalStateException("could not read the end offsets of " + Topics.SUBMISSIONS, e.getCause());
        }
    }
}
