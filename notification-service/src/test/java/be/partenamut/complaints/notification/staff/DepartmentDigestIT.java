package be.partenamut.complaints.notification.staff;

import be.partenamut.complaints.contracts.Channel;
import be.partenamut.complaints.contracts.ComplaintFileBuilder;
import be.partenamut.complaints.contracts.Language;
import be.partenamut.complaints.contracts.events.ComplaintEvent;
import be.partenamut.complaints.contracts.events.ComplaintReceived;
import be.partenamut.complaints.contracts.events.ComplaintRouted;
import be.partenamut.complaints.localstack.infra.PlaintextScan;
import be.partenamut.complaints.localstack.infra.SharedInfrastructure;
import be.partenamut.complaints.localstack.infra.SmtpServer;
import be.partenamut.complaints.localstack.infra.TokenClient;
import be.partenamut.complaints.localstack.infra.TopicClient;
import be.partenamut.complaints.notification.Mailbox;
import be.partenamut.complaints.notification.TestComplaints;
import be.partenamut.complaints.notification.delivery.ManualClock;
import be.partenamut.complaints.notification.message.Delivery;
import be.partenamut.complaints.notification.message.DeliveryStatus;
import be.partenamut.complaints.personaldata.PersonalData;
import be.partenamut.complaints.support.security.SecurityProperties;
import be.partenamut.complaints.support.security.StaffSecurityConfiguration;
import be.partenamut.complaints.testsupport.BearerAuth;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Department mailboxes in the default mode, a daily digest ({@code department-mail=DIGEST}), on a real PostgreSQL,
 * Kafka broker and SMTP server. This context has its own topic, consumer group and database, so the digests list
 * this test's complaints only, and its own department mailboxes on the shared SMTP server. The service's clock is
 * held still ({@link ManualClock}) and the digest is triggered by calling the scheduled job's work at the times the
 * test sets: around Christmas 2026, a Friday holiday and a weekend before the Monday digest. The retry job runs as
 * in production, every 200 ms, and finds a digest due only once the test moved the clock past its pending grace.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.cloud.stream.bindings.complaintEvents-in-0.destination=" + DepartmentDigestIT.TOPIC,
        "spring.cloud.stream.bindings.complaintEvents-in-0.group=" + DepartmentDigestIT.GROUP,
        "spring.cloud.stream.bindings.submissions-in-0.group=" + DepartmentDigestIT.GROUP,
        "spring.cloud.stream.kafka.bindings.complaintEvents-in-0.consumer.dlq-name=" + DepartmentDigestIT.TOPIC + ".dlq",
        "complaints.notification.department-mail=DIGEST",
        "complaints.notification.retry.pending-grace=1m",
        "complaints.notification.retry.poll-interval=200ms",
        "complaints.notification.office-url=" + DepartmentDigestIT.OFFICE + "/"})
@DirtiesContext
class DepartmentDigestIT {

    static final String TOPIC = "notification-test.digest.events";
    static final String GROUP = "notification-service-digest";
    static final String DATABASE = "notification_digest";
    static final String OFFICE = "https://office.partenamut.test";
    private static final String HOME_CARE = "HOME_CARE";
    private static final String AGENCIES = "AGENCIES";
    private static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");
    /** This run's own department mailboxes: the SMTP server is shared by every test of the JVM. */
    private static final String RUN = UUID.randomUUID().toString().substring(0, 8);
    private static final String HOME_CARE_MAILBOX = "soins-a-domicile-" + RUN + "@partenamut.test";
    private static final String AGENCIES_MAILBOX = "agences-" + RUN + "@partenamut.test";
    private static final String COMPLAINTS_SERVICE_MAILBOX = "plaintes-" + RUN + "@partenamut.test";
    /** A ceiling, not a pause: generous, as a loaded machine needs. */
    private static final Duration WAIT = Duration.ofSeconds(90);

    private final TopicClient topics = new TopicClient(SharedInfrastructure.kafka().bootstrapServers());
    private final SmtpServer smtp = SharedInfrastructure.smtp();
    private final TokenClient tokens = SharedInfrastructure.identityProvider().tokens();

    @Autowired
    ObjectMapper json;
    @Autowired
    PersonalData personalData;
    @Autowired
    ManualClock clock;
    @Autowired
    DepartmentDigests digests;
    @Autowired
    StaffNotifier staff;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    MeterRegistry meters;
    @Autowired
    TestRestTemplate http;

    @TestConfiguration(proxyBeanMethods = false)
    static class HeldClock {

        /** Thursday 24 December 2026, 10:00 in Brussels: the day's digest is gone, Christmas is tomorrow. */
        @Bean
        @Primary
        ManualClock manualClock() {
            return new ManualClock(brussels(2026, 12, 24, 10));
        }
    }

    @TestConfiguration(proxyBeanMethods = false)
    static class RealTimeTokens {

        /** The staff API's token checks by the real time: the provider signs by it, this context's clock is held. */
        @Bean
        JwtDecoder realTimeTokenDecoder(SecurityProperties properties) {
            return StaffSecurityConfiguration.tokenDecoder(properties, Clock.systemUTC());
        }
    }

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        SharedInfrastructure.postgres().createDatabases(List.of(DATABASE));
        Map<String, String> properties = SharedInfrastructure.springProperties(DATABASE, true);
        properties.putAll(SharedInfrastructure.identityProvider().springProperties());
        properties.put("complaints.notification.departments.[" + HOME_CARE + "].email", HOME_CARE_MAILBOX);
        properties.put("complaints.notification.departments.[" + AGENCIES + "].email", AGENCIES_MAILBOX);
        properties.put("complaints.notification.complaints-service.email", COMPLAINTS_SERVICE_MAILBOX);
        properties.forEach((key, value) -> registry.add(key, () -> value));
    }

    @Test
    void tellsEachDepartmentItsNewComplaintsOnceInOneMailOnTheNextWorkingDay() throws Exception {
        String marker = UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        List<String> personal = new ArrayList<>();
        ComplaintReceived first = complaint(marker, "Anouk", Channel.WEB_FORM, "REIMBURSEMENT", personal);
        ComplaintReceived second = complaint(marker, "Bastien", Channel.LETTER, "HOME_CARE_SERVICES", personal);
        ComplaintReceived atTheAgency = complaint(marker, "Colette", Channel.AGENCY, "CONTRIBUTIONS", personal);
        ComplaintReceived moved = complaint(marker, "Dries", Channel.PHONE, "REIMBURSEMENT", personal);
        ComplaintReceived escalated = complaint(marker, "Fleur", Channel.WEB_FORM, "REIMBURSEMENT", personal);
        ComplaintRouted firstRouted = TestComplaints.routed(first, HOME_CARE, null);
        ComplaintRouted secondRouted = TestComplaints.routed(second, HOME_CARE, null);
        for (ComplaintReceived received : List.of(first, second, atTheAgency, moved, escalated)) {
            publish(received);
        }
        publish(firstRouted);
        publish(firstRouted); // Kafka delivers at least once
        publish(secondRouted);
        publish(TestComplaints.routed(atTheAgency, AGENCIES, null));
        publish(TestComplaints.routed(moved, HOME_CARE, null));
        publish(TestComplaints.routed(moved, AGENCIES, HOME_CARE)); // rerouted before the digest
        publish(TestComplaints.routed(escalated, HOME_CARE, null));
        publish(TestComplaints.routed(escalated, StaffMailboxes.COMPLAINTS_SERVICE, HOME_CARE)); // escalated at once
        awaitAllConsumed();
        // A redelivery that got past the inbox's check of message ids (the consumer stopped before recording it).
        staff.routed(firstRouted);

        assertThat(smtp.messagesTo(HOME_CARE_MAILBOX)).as("no mail per complaint").isEmpty();
        assertThat(smtp.messagesTo(AGENCIES_MAILBOX)).as("no mail per complaint").isEmpty();
        assertThat(Mailbox.awaitMessagesTo(smtp, COMPLAINTS_SERVICE_MAILBOX, WAIT))
                .as("the complaints service hears of an escalated complaint at once").singleElement()
                .satisfies(mail -> assertThat(Mailbox.subject(mail)).contains(escalated.file().reference()));
        assertThat(waiting(HOME_CARE)).containsExactlyInAnyOrder(first.complaintId(), second.complaintId());
        assertThat(waiting(AGENCIES)).containsExactlyInAnyOrder(atTheAgency.complaintId(), moved.complaintId());

        // Friday 25 December: Christmas, a public holiday. Saturday 26: not in the office's week (the cron's MON-FRI).
        clock.moveTo(brussels(2026, 12, 25, 8));
        assertThat(digests.sendDue()).as("no digest on Christmas").isEmpty();
        clock.moveTo(brussels(2026, 12, 26, 8));
        assertThat(digests.sendDue()).as("no digest on a Saturday").isEmpty();
        assertThat(smtp.messagesTo(HOME_CARE_MAILBOX)).isEmpty();
        assertThat(smtp.messagesTo(AGENCIES_MAILBOX)).isEmpty();

        // Monday 28 December, 08:00: the next working day's digest lists them all.
        clock.moveTo(brussels(2026, 12, 28, 8));
        List<Delivery> sent = digests.sendDue();

        assertThat(sent).hasSize(2).allSatisfy(digest -> {
            assertThat(digest.status()).isEqualTo(DeliveryStatus.SENT);
            assertThat(digest.recipientKind().name()).isEqualTo("STAFF");
        });
        MimeMessage homeCare = single(HOME_CARE_MAILBOX);
        MimeMessage agencies = single(AGENCIES_MAILBOX);
        assertThat(Mailbox.subject(homeCare)).isEqualTo(
                "2 nouvelles plaintes dans la file HOME_CARE – récapitulatif du 28 décembre 2026"
                        + " / 2 nieuwe klachten in de wachtrij HOME_CARE – overzicht van 28 december 2026");
        assertThat(homeCare.getHeader("Content-Language")).containsExactly("fr, nl");
        String homeCareText = Mailbox.text(homeCare);
        assertThat(homeCareText).contains("Bonjour,", "Goedendag,",
                first.file().reference(), OFFICE + "/complaints/" + first.complaintId(),
                second.file().reference(), OFFICE + "/complaints/" + second.complaintId(),
                "Reçue le : " + receivedOn(first, Locale.FRENCH), "Ontvangen op: " + receivedOn(first, Locale.forLanguageTag("nl")),
                "Canal : formulaire web", "Canal : courrier postal", "Kanaal: webformulier", "Kanaal: brief",
                "Catégorie : REIMBURSEMENT", "Catégorie : HOME_CARE_SERVICES",
                "Réponse attendue au plus tard le : 9 décembre 2026", "Antwoord verwacht uiterlijk op: 9 december 2026")
                .doesNotContain(atTheAgency.file().reference(), moved.file().reference(), escalated.file().reference());
        assertThat(occurrences(homeCareText, first.file().reference())).as("listed once, in French and in Dutch").isEqualTo(2);
        assertThat(Mailbox.html(homeCare)).contains(OFFICE + "/complaints/" + second.complaintId());
        String agenciesText = Mailbox.text(agencies);
        assertThat(agenciesText).contains(atTheAgency.file().reference(), moved.file().reference(),
                OFFICE + "/complaints/" + moved.complaintId(), "Canal : agence", "Canal : téléphone (Service Center)")
                .doesNotContain(first.file().reference(), second.file().reference());
        for (MimeMessage digest : List.of(homeCare, agencies)) {
            assertThat(Mailbox.text(digest) + Mailbox.html(digest) + Mailbox.subject(digest))
                    .as("nothing of the members").doesNotContain(personal).doesNotContain(marker);
        }
        assertThat(waiting(HOME_CARE)).isEmpty();
        assertThat(waiting(AGENCIES)).isEmpty();
        assertThat(listedBy(sent.get(0).deliveryId()) + listedBy(sent.get(1).deliveryId()))
                .as("each complaint marked as listed by the digest that carried it").isEqualTo(4);
        assertThat(counter("notifications.department.digests", HOME_CARE).count()).isEqualTo(1);
        assertThat(counter("notifications.department.digest.entries", HOME_CARE).count()).isEqualTo(2);
        assertThat(counter("notifications.department.digest.entries", AGENCIES).count()).isEqualTo(2);

        // Staff see a digest as it was sent: its department's agents, not another department's.
        String homeCareDigest = "/api/v1/notifications/" + deliveredTo(sent, HOME_CARE).deliveryId();
        ResponseEntity<String> ownAgent = as("agent-home-care").getForEntity(homeCareDigest, String.class);
        assertThat(ownAgent.getStatusCode()).isEqualTo(HttpStatus.OK);
        JsonNode shown = json.readTree(ownAgent.getBody());
        assertThat(shown.get("text").asText()).contains(first.file().reference(), second.file().reference());
        assertThat(shown.get("contentStatus").asText()).isEqualTo("READABLE");
        assertThat(shown.at("/notification/recipient").asText()).isEqualTo(HOME_CARE_MAILBOX);
        assertThat(as("agent").getForEntity(homeCareDigest, String.class).getStatusCode())
                .as("an agent of another department").isEqualTo(HttpStatus.FORBIDDEN);

        // Redelivered events, and the digest triggered again the same day (a second instance, a restart): nothing more.
        publish(secondRouted);
        awaitAllConsumed();
        staff.routed(secondRouted);
        assertThat(digests.sendDue()).as("nothing new to list").isEmpty();
        assertThat(smtp.messagesTo(HOME_CARE_MAILBOX)).hasSize(1);
        assertThat(smtp.messagesTo(AGENCIES_MAILBOX)).hasSize(1);

        // A complaint routed later that Monday: Tuesday's digest lists it alone; the agencies, with nothing new, get nothing.
        ComplaintReceived later = complaint(marker, "Eline", Channel.EMAIL, "REIMBURSEMENT", personal);
        publish(later);
        publish(TestComplaints.routed(later, HOME_CARE, null));
        awaitAllConsumed();
        clock.moveTo(brussels(2026, 12, 29, 8));
        assertThat(digests.sendDue()).hasSize(1);
        List<MimeMessage> toHomeCare = Mailbox.awaitMessagesTo(smtp, HOME_CARE_MAILBOX, "1 nouvelle plainte", WAIT);
        assertThat(toHomeCare).singleElement().satisfies(digest -> assertThat(Mailbox.text(digest))
                .contains(later.file().reference(), "Canal : e-mail")
                .doesNotContain(first.file().reference(), second.file().reference()));
        assertThat(smtp.messagesTo(HOME_CARE_MAILBOX)).hasSize(2);
        assertThat(smtp.messagesTo(AGENCIES_MAILBOX)).as("nothing new, no mail").hasSize(1);

        // The service stops right after a digest is recorded, before it is sent: the retry job sends it, once.
        ComplaintReceived beforeAStop = complaint(marker, "Gilles", Channel.AGENCY, "CONTRIBUTIONS", personal);
        publish(beforeAStop);
        publish(TestComplaints.routed(beforeAStop, AGENCIES, null));
        awaitAllConsumed();
        clock.moveTo(brussels(2026, 12, 30, 8));
        List<UUID> recorded = digests.recordDue();
        assertThat(recorded).hasSize(1);
        assertThat(waiting(AGENCIES)).as("marked listed with the digest's record").isEmpty();
        assertThat(listedBy(recorded.get(0))).isEqualTo(1);
        assertThat(smtp.messagesTo(AGENCIES_MAILBOX)).as("not sent yet").hasSize(1);
        assertThat(digests.sendDue()).as("listed already: no second digest").isEmpty();
        clock.moveBy(Duration.ofMinutes(2)); // past the pending grace, the retry job takes it over
        Mailbox.awaitMessagesTo(smtp, AGENCIES_MAILBOX, "1 nouvelle plainte", WAIT);
        assertThat(Mailbox.messagesTo(smtp, AGENCIES_MAILBOX, "1 nouvelle plainte")).singleElement()
                .satisfies(digest -> assertThat(Mailbox.text(digest)).contains(beforeAStop.file().reference()));
        assertThat(smtp.messagesTo(AGENCIES_MAILBOX)).hasSize(2);

        String database = SharedInfrastructure.postgres().jdbcUrl(DATABASE);
        assertThat(PlaintextScan.database(database, SharedInfrastructure.postgres().user(), personal))
                .as("personal data in clear in the database, digests included").isEmpty();
    }

    private TestRestTemplate as(String user) {
        return BearerAuth.withBearer(http, tokens.userToken(user));
    }

    private static Delivery deliveredTo(List<Delivery> digests, String department) {
        return digests.stream().filter(digest -> digest.recipientId().equals("department:" + department)).findFirst()
                .orElseThrow(() -> new AssertionError("no digest to " + department + " among " + digests));
    }

    /** A complaint whose member and words are this test's own, every personal field noted in {@code personal}. */
    private ComplaintReceived complaint(String marker, String firstName, Channel channel, String category,
                                        List<String> personal) {
        String lastName = "Verhaegen" + marker;
        String address = firstName.toLowerCase(Locale.ROOT) + "." + marker + "@example.be";
        String memberNumber = TestComplaints.newMemberNumber();
        String subject = "Sujet " + firstName + " " + marker;
        String description = "Texte de la plainte de " + firstName + " " + marker;
        ComplaintReceived received = TestComplaints.received(personalData, Language.FR, memberNumber,
                firstName + marker, lastName, address, subject, description);
        personal.addAll(List.of(firstName + marker, lastName, address, memberNumber, subject, description));
        return new ComplaintReceived(received.metadata(),
                ComplaintFileBuilder.from(received.file()).channel(channel).category(category).build());
    }

    private void publish(ComplaintEvent event) throws Exception {
        topics.send(TOPIC, event.complaintId().toString(), json.writeValueAsString(event));
    }

    private void awaitAllConsumed() {
        assertThat(topics.awaitConsumed(GROUP, TOPIC, WAIT)).as("events consumed").isTrue();
    }

    private MimeMessage single(String mailbox) {
        Mailbox.awaitMessagesTo(smtp, mailbox, WAIT);
        assertThat(smtp.messagesTo(mailbox)).as("one digest to " + mailbox).hasSize(1);
        return smtp.messagesTo(mailbox).get(0);
    }

    private List<UUID> waiting(String department) {
        return jdbc.sql("select complaint_id from department_digest_entry where department = :department and digest_id is null")
                .param("department", department)
                .query(UUID.class)
                .list();
    }

    private long listedBy(UUID digestId) {
        return jdbc.sql("select count(*) from department_digest_entry where digest_id = :digestId")
                .param("digestId", digestId)
                .query(Long.class)
                .single();
    }

    private Counter counter(String name, String department) {
        return meters.get(name).tag("department", department).counter();
    }

    private static String receivedOn(ComplaintReceived received, Locale locale) {
        return received.file().receivedAt().atZone(BRUSSELS).toLocalDate()
                .format(DateTimeFormatter.ofPattern("d MMMM yyyy", locale));
    }

    private static int occurrences(String text, String part) {
        return text.split(java.util.regex.Pattern.quote(part), -1).length - 1;
    }

    private static Instant brussels(int year, int month, int day, int hour) {
        return LocalDateTime.of(year, month, day, hour, 0).atZone(BRUSSELS).toInstant();
    }
}
