package be.partenamut.complaints.systemtest;

import be.partenamut.complaints.localstack.PlatformStack;
import be.partenamut.complaints.localstack.ServiceProcess;
import be.partenamut.complaints.localstack.infra.PlaintextScan;
import com.fasterxml.jackson.databind.JsonNode;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The five services, each in its own JVM from the jar Maven built, on one PostgreSQL, one Kafka
 * broker and one SMTP server: a complaint followed from the channel's POST (the email gateway's, with its
 * access token) to the member's acknowledgement email, the department in charge and the improvement figures.
 */
class ComplaintJourneyIT {

    private static final Duration WAIT = Duration.ofSeconds(90);

    @TempDir
    static Path scratch;

    private static PlatformStack stack;
    private static PlatformClient platform;

    @BeforeAll
    static void startThePlatform() {
        Path root = Path.of(System.getProperty("complaints.repository-root", "..")).toAbsolutePath().normalize();
        stack = PlatformStack.start(PlatformStack.Layout.isolated(root, scratch), System.out::println);
        platform = new PlatformClient(stack);
    }

    @AfterAll
    static void stopThePlatform() {
        if (stack != null) {
            stack.close();
        }
    }

    @Test
    void followsAComplaintFromItsChannelToTheAcknowledgementTheDepartmentAndTheFigures() throws Exception {
        JsonNode before = platform.get("analytics-service", "/api/v1/statistics", "analyst").json();
        String unique = UUID.randomUUID().toString().substring(0, 8);
        // A demo member of the member registry: intake refuses member numbers it does not know.
        String memberNumber = "100000006";
        String firstName = "Zebulon" + unique;
        String lastName = "Quimby" + unique;
        String email = "journey-" + unique + "@example.be";
        String description = "Mon remboursement du 12 octobre n'a toujours pas été effectué " + unique + ".";
        String correlationId = "journey-" + UUID.randomUUID();

        PlatformClient.Response accepted = platform.postAsClient("email-gateway", "intake-service", "/api/v1/complaints", """
                {"channel": "EMAIL", "memberNumber": "%s", "firstName": "%s", "lastName": "%s",
                 "email": "%s", "language": "fr", "category": "REIMBURSEMENT",
                 "subject": "Remboursement de kinésithérapie", "description": "%s"}
                """.formatted(memberNumber, firstName, lastName, email, description),
                Map.of("X-Correlation-Id", correlationId, "Idempotency-Key", correlationId));

        assertThat(accepted.status()).as(accepted.toString()).isEqualTo(202);
        String complaintId = accepted.json().get("complaintId").asText();
        String reference = accepted.json().get("reference").asText();
        assertThat(reference).matches("PL-\\d{4}-\\d{6}");

        // The member gets the acknowledgement of receipt, in French, with the reference.
        MimeMessage acknowledgement = await().atMost(WAIT).until(() -> stack.smtp().messagesTo(email),
                mails -> !mails.isEmpty()).get(0);
        assertThat(acknowledgement.getSubject()).contains(reference).contains("Accusé de réception");
        assertThat(acknowledgement.getHeader("Content-Language")).containsExactly("fr");

        // The office holds the complaint, acknowledged and in the queue of the department in charge.
        JsonNode complaint = platform.await("complaints-office-service", "/api/v1/complaints/" + complaintId, "officer",
                c -> !c.get("department").isNull(), WAIT);
        assertThat(complaint.get("reference").asText()).isEqualTo(reference);
        assertThat(complaint.get("status").asText()).isEqualTo("ACKNOWLEDGED");
        assertThat(complaint.get("department").asText()).isEqualTo("HEALTHCARE_REIMBURSEMENTS");
        assertThat(complaint.at("/member/lastName").asText()).isEqualTo(lastName);
        assertThat(complaint.get("description").asText()).isEqualTo(description);

        // The acknowledgement is on record at the notification service.
        JsonNode notifications = platform.await("notification-service", "/api/v1/notifications?complaintId=" + complaintId,
                "officer", list -> list.size() > 0, WAIT);
        assertThat(notifications.get(0).get("type").asText()).isEqualTo("ACKNOWLEDGEMENT");
        assertThat(notifications.get(0).get("language").asText()).isEqualTo("fr");
        assertThat(notifications.get(0).get("recipient").asText()).isEqualTo(email);

        // The improvement figures count it.
        JsonNode after = platform.await("analytics-service", "/api/v1/statistics", "analyst",
                stats -> count(stats, "byDepartment", "HEALTHCARE_REIMBURSEMENTS")
                        > count(before, "byDepartment", "HEALTHCARE_REIMBURSEMENTS"), WAIT);
        assertThat(after.get("total").asLong()).isEqualTo(before.get("total").asLong() + 1);
        assertThat(count(after, "byChannel", "EMAIL")).isEqualTo(count(before, "byChannel", "EMAIL") + 1);
        assertThat(count(after, "byCategory", "REIMBURSEMENT")).isEqualTo(count(before, "byCategory", "REIMBURSEMENT") + 1);

        // Staff answer at the first line; the member gets the answer; the figures follow the complaint's status.
        PlatformClient.Response answered = platform.postAs("agent", "complaints-office-service",
                "/api/v1/complaints/" + complaintId + "/first-line-answer",
                "{\"answer\": \"Votre remboursement a été effectué le 20 novembre.\"}");
        assertThat(answered.status()).as(answered.toString()).isEqualTo(200);
        platform.await("analytics-service", "/api/v1/statistics", "analyst",
                stats -> count(stats, "byStatus", "FIRST_LINE_ANSWERED") > count(before, "byStatus", "FIRST_LINE_ANSWERED"),
                WAIT);
        await().atMost(WAIT).until(() -> stack.smtp().messagesTo(email).size() >= 2);

        // Still in disagreement, the member writes to the complaints service quoting the reference.
        PlatformClient.Response escalation = platform.postAsClient("email-gateway", "intake-service", "/api/v1/complaints", """
                {"channel": "EMAIL", "memberNumber": "%s", "firstName": "%s", "lastName": "%s", "email": "%s",
                 "language": "fr", "addressee": "COMPLAINTS_SERVICE", "reference": "%s",
                 "description": "Le montant remboursé ne correspond pas à mon attestation %s."}
                """.formatted(memberNumber, firstName, lastName, email, reference, unique),
                Map.of("X-Correlation-Id", correlationId + "-escalation"));
        assertThat(escalation.status()).as(escalation.toString()).isEqualTo(202);
        assertThat(escalation.json().get("handledBy").asText()).isEqualTo("COMPLAINTS_SERVICE");
        String complaintsServiceDue = escalation.json().get("answerDueBy").asText();

        // The office escalates it with the complaints service's 21-working-day due date; routing puts it in
        // the complaints service's queue; the member is told the date.
        JsonNode escalated = platform.await("complaints-office-service", "/api/v1/complaints/" + complaintId, "officer",
                c -> "COMPLAINTS_SERVICE".equals(c.get("department").asText()), WAIT);
        assertThat(escalated.get("status").asText()).isEqualTo("ESCALATED");
        assertThat(escalated.at("/deadlines/1/line").asText()).isEqualTo("COMPLAINTS_SERVICE");
        assertThat(escalated.at("/deadlines/1/dueDate").asText()).isEqualTo(complaintsServiceDue);
        await().atMost(WAIT).until(() -> stack.smtp().messagesTo(email).size() >= 3);
        // And the complaint's timeline shows what became of the messages sent to the member.
        platform.await("complaints-office-service", "/api/v1/complaints/" + complaintId, "officer",
                c -> c.get("messages").size() >= 3, WAIT);

        // One correlation id follows the complaint through every service's log.
        for (String service : List.of("intake-service", "complaints-office-service", "routing-service",
                "notification-service")) {
            ServiceProcess process = stack.service(service);
            await().atMost(WAIT).untilAsserted(() ->
                    assertThat(Files.readString(process.logFile())).as(service + " log").contains(correlationId));
        }

        // Nothing personal in clear at rest: not in PostgreSQL's files (tables and write-ahead log), not in
        // Kafka's log segments, not in any service's log.
        // (The member number itself is in the member registry, the insurer's member master data, by design.)
        List<String> personal = List.of(firstName, lastName, email, description, unique + ".");
        assertThat(PlaintextScan.files(scratch.resolve("postgres"), personal)).isEmpty();
        assertThat(PlaintextScan.files(scratch.resolve("kafka"), personal)).isEmpty();
        assertThat(PlaintextScan.files(scratch.resolve("logs"), personal)).isEmpty();

        // The member asks for erasure: the complaint keeps its history and facts, nothing personal is left.
        PlatformClient.Response erased = platform.postAs("admin", "complaints-office-service",
                "/api/v1/data-subjects/" + memberNumber + "/erasure", "");
        assertThat(erased.status()).as(erased.toString()).isEqualTo(200);
        JsonNode afterErasure = platform.await("complaints-office-service", "/api/v1/complaints/" + complaintId, "officer",
                c -> "ERASED".equals(c.at("/personalData/status").asText()), WAIT);
        assertThat(afterErasure.at("/member/lastName").isNull()).isTrue();
        assertThat(afterErasure.get("reference").asText()).isEqualTo(reference);
        assertThat(afterErasure.get("timeline").get(afterErasure.get("timeline").size() - 1).get("type").asText())
                .isEqualTo("PersonalDataErased");
        platform.await("notification-service", "/api/v1/notifications?complaintId=" + complaintId, "officer",
                list -> list.size() > 0 && list.get(0).get("recipient").isNull(), WAIT);
        JsonNode figures = platform.get("analytics-service", "/api/v1/statistics", "analyst").json();
        assertThat(figures.get("total").asLong()).isEqualTo(before.get("total").asLong() + 1);
    }

    @Test
    void channelSystemsPostForTheirOwnChannelsOnly() {
        String body = """
                {"channel": "EMAIL", "memberNumber": "100000001", "firstName": "Camille", "lastName": "Dubois",
                 "email": "camille.dubois@example.be", "language": "fr", "category": "REIMBURSEMENT",
                 "subject": "Remboursement", "description": "Posté par le service courrier."}
                """;
        assertThat(platform.post("intake-service", "/api/v1/complaints", body, Map.of()).status()).isEqualTo(401);
        PlatformClient.Response notItsChannel = platform.postAsClient("mail-room", "intake-service",
                "/api/v1/complaints", body, Map.of());
        assertThat(notItsChannel.status()).as(notItsChannel.toString()).isEqualTo(403);
        assertThat(notItsChannel.json().get("allowedChannels").get(0).asText()).isEqualTo("LETTER");
    }

    @Test
    void staffApisTakeTheIdentityProvidersTokensOnly() {
        assertThat(platform.get("analytics-service", "/api/v1/statistics", null).status()).isEqualTo(401);
        assertThat(platform.get("analytics-service", "/api/v1/statistics", "agent").status()).isEqualTo(403);
        assertThat(platform.get("analytics-service", "/api/v1/statistics", "analyst").status()).isEqualTo(200);
    }

    @Test
    void everyServiceExposesHealthAndPrometheusMetrics() {
        for (ServiceProcess service : stack.services()) {
            PlatformClient.Response health = platform.get(service.spec().name(), "/actuator/health", null);
            PlatformClient.Response metrics = platform.get(service.spec().name(), "/actuator/prometheus", null);

            assertThat(health.status()).as(service.spec().name()).isEqualTo(200);
            assertThat(health.body()).contains("\"UP\"");
            assertThat(metrics.status()).as(service.spec().name()).isEqualTo(200);
            assertThat(metrics.body()).contains("service=\"" + service.spec().name() + "\"");
        }
    }

    private static long count(JsonNode statistics, String dimension, String value) {
        JsonNode counts = statistics.get(dimension);
        return counts == null || counts.get(value) == null ? 0 : counts.get(value).asLong();
    }
}
