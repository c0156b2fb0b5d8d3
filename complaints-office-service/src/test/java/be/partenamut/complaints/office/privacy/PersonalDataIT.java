package be.partenamut.complaints.office.privacy;

import be.partenamut.complaints.contracts.PersonalFields;
import be.partenamut.complaints.contracts.SealedText;
import be.partenamut.complaints.contracts.Topics;
import be.partenamut.complaints.contracts.submissions.ComplaintSubmitted;
import be.partenamut.complaints.localstack.infra.PlaintextScan;
import be.partenamut.complaints.localstack.infra.PostgresServer;
import be.partenamut.complaints.localstack.infra.SharedInfrastructure;
import be.partenamut.complaints.localstack.infra.TopicClient;
import be.partenamut.complaints.office.OfficeIntegrationTest;
import be.partenamut.complaints.office.complaint.api.AnswerAsFirstLineCommand;
import be.partenamut.complaints.office.complaint.api.ComplaintId;
import be.partenamut.complaints.office.complaint.command.ComplaintCommandSender;
import be.partenamut.complaints.office.privacy.retention.ClosureProjection;
import be.partenamut.complaints.office.privacy.retention.RetentionJob;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Crypto-shredding in the complaints office: nothing personal in clear, erasure, access, retention, the access log. */
class PersonalDataIT extends OfficeIntegrationTest {

    @Autowired
    RetentionJob retention;
    @Autowired
    ComplaintCommandSender commands;

    @Test
    void keepsNoPersonalDataInClearInTheEventStoreNorOnTheEventsTopic() throws Exception {
        String unique = UUID.randomUUID().toString().substring(0, 8);
        List<String> personal = List.of("Zorglub" + unique, "Quimby" + unique, "zq" + unique + "@example.be",
                "Sujet " + unique, "Ma plainte très particulière " + unique, "Réponse " + unique);
        ComplaintSubmitted submitted = submission(memberNumber(), personal.get(0), personal.get(1), personal.get(2),
                personal.get(3), personal.get(4));
        UUID id = submitted.metadata().complaintId();
        publish(submitted);
        awaitComplaint(id, c -> "ACKNOWLEDGED".equals(c.get("status").asText()));
        routeTo(id, AGENTS_DEPARTMENT);
        JsonNode answered = json.readTree(post(asAgent(), "/api/v1/complaints/" + id + "/first-line-answer",
                "{\"answer\":\"" + personal.get(5) + "\"}").getBody());

        // Staff see it all, opened ...
        assertThat(answered.at("/member/firstName").asText()).isEqualTo(personal.get(0));
        assertThat(answered.at("/member/email").asText()).isEqualTo(personal.get(2));
        assertThat(answered.get("description").asText()).isEqualTo(personal.get(4));
        assertThat(answered.at("/firstLineAnswer/answer").asText()).isEqualTo(personal.get(5));
        // ... while nothing of it is in clear in the office's tables, nor on the events topic (read to its end once
        // the relay has published everything, this complaint's answer included).
        publishedEvents(id, "ComplaintAnswered");
        assertThat(PlaintextScan.database(SharedInfrastructure.postgres().jdbcUrl("office"), PostgresServer.USER, personal))
                .isEmpty();
        assertThat(PlaintextScan.database(SharedInfrastructure.postgres().jdbcUrl("keyvault"), PostgresServer.USER, personal))
                .isEmpty();
        List<TopicClient.Record> onKafka = topics.readToEnd(Topics.EVENTS);
        assertThat(onKafka).noneSatisfy(record -> assertThat(personal).anyMatch(record::valueContains));
    }

    @Test
    void erasesAMembersDataEverywhereAndKeepsTheFacts() throws Exception {
        String member = memberNumber();
        ComplaintSubmitted first = submission(member, "Camille", "Dubois", "camille@example.be", "Sujet", "Texte");
        ComplaintSubmitted second = submission(member, "Camille", "Dubois", "camille@example.be", "Autre", "Autre texte");
        publish(first);
        publish(second);
        UUID firstId = first.metadata().complaintId();
        UUID secondId = second.metadata().complaintId();
        awaitComplaint(firstId, c -> "ACKNOWLEDGED".equals(c.get("status").asText()));
        awaitComplaint(secondId, c -> "ACKNOWLEDGED".equals(c.get("status").asText()));
        routeTo(firstId, AGENTS_DEPARTMENT);
        post(asAgent(), "/api/v1/complaints/" + firstId + "/first-line-answer", "{\"answer\":\"Réglé.\"}");

        ResponseEntity<String> erased = post(asAdmin(), "/api/v1/data-subjects/" + member + "/erasure", "");
        ResponseEntity<String> again = post(asAdmin(), "/api/v1/data-subjects/" + member + "/erasure", "");

        assertThat(erased.getStatusCode()).isEqualTo(HttpStatus.OK);
        JsonNode report = json.readTree(erased.getBody());
        assertThat(report.get("erasedBy").asText()).isEqualTo("admin");
        assertThat(report.get("complaints")).extracting(JsonNode::asText)
                .containsExactlyInAnyOrder(firstId.toString(), secondId.toString());
        assertThat(json.readTree(again.getBody()).get("erasedAt")).isEqualTo(report.get("erasedAt"));

        JsonNode complaint = awaitComplaint(firstId, c -> c.get("timeline").size() == 5);
        assertThat(complaint.at("/personalData/status").asText()).isEqualTo("ERASED");
        assertThat(complaint.at("/member/lastName").isNull()).isTrue();
        assertThat(complaint.get("description").isNull()).isTrue();
        assertThat(complaint.at("/firstLineAnswer/answer").isNull()).isTrue();
        assertThat(complaint.get("status").asText()).isEqualTo("FIRST_LINE_ANSWERED");
        assertThat(complaint.get("category").asText()).isEqualTo("REIMBURSEMENT");
        assertThat(complaint.at("/member/language").asText()).isEqualTo("nl");
        JsonNode erasure = complaint.get("timeline").get(4);
        assertThat(erasure.get("type").asText()).isEqualTo("PersonalDataErased");
        assertThat(erasure.get("actor").asText()).isEqualTo("admin");
        assertThat(erasure.get("at").isNull()).isFalse();
        assertThat(types(awaitComplaint(secondId, c -> true))).endsWith("PersonalDataErased").hasSize(3);

        JsonNode published = publishedEvents(firstId, "PersonalDataErased").stream()
                .filter(e -> "PersonalDataErased".equals(e.get("type").asText())).findFirst().orElseThrow();
        assertThat(published.get("cause").asText()).isEqualTo("ERASURE_REQUEST");

        // Nothing personal can be added any more; the complaint can still be closed.
        ResponseEntity<String> escalation = post(asOfficer(), "/api/v1/complaints/" + firstId + "/escalation",
                "{\"reason\":\"Pas d'accord.\"}");
        assertThat(escalation.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(json.readTree(escalation.getBody()).get("type").asText()).endsWith("/personal-data-erased");
        assertThat(post(asAgent(), "/api/v1/complaints/" + firstId + "/closure", "{}").getStatusCode())
                .isEqualTo(HttpStatus.OK);
    }

    @Test
    void answersNotFoundForAMemberOfWhomNothingIsHeld() {
        ResponseEntity<String> erasure = post(asAdmin(), "/api/v1/data-subjects/" + memberNumber() + "/erasure", "");
        ResponseEntity<String> export = asAdmin().getForEntity("/api/v1/data-subjects/" + memberNumber() + "/export",
                String.class);
        ResponseEntity<String> malformed = asAdmin().getForEntity("/api/v1/data-subjects/12ab/export", String.class);

        assertThat(erasure.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(export.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(malformed.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(post(asOfficer(), "/api/v1/data-subjects/" + memberNumber() + "/erasure", "").getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
    }

    @Test
    void exportsEverythingHeldAboutAMemberOpenedWithWhoSawIt() throws Exception {
        String member = memberNumber();
        ComplaintSubmitted submitted = submission(member, "Lotte", "Janssens", "lotte@example.be", "Onderwerp", "Beschrijving");
        UUID id = submitted.metadata().complaintId();
        publish(submitted);
        awaitComplaint(id, c -> "ACKNOWLEDGED".equals(c.get("status").asText()));

        ResponseEntity<String> response = asAdmin().getForEntity("/api/v1/data-subjects/" + member + "/export", String.class);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        JsonNode export = json.readTree(response.getBody());
        assertThat(export.get("memberNumber").asText()).isEqualTo(member);
        assertThat(export.get("exportedBy").asText()).isEqualTo("admin");
        assertThat(export.get("keys")).hasSize(1);
        JsonNode complaint = export.get("complaints").get(0);
        assertThat(complaint.get("complaintId").asText()).isEqualTo(id.toString());
        assertThat(complaint.at("/member/memberNumber").asText()).isEqualTo(member);
        assertThat(complaint.at("/member/lastName").asText()).isEqualTo("Janssens");
        assertThat(complaint.get("description").asText()).isEqualTo("Beschrijving");
        assertThat(export.get("accessLog")).anySatisfy(access -> {
            assertThat(access.get("complaintId").asText()).isEqualTo(id.toString());
            assertThat(access.get("accessedBy").asText()).isEqualTo("officer");
        });
    }

    @Test
    void logsEveryDisplayOfPersonalDataForTheAdministrator() throws Exception {
        UUID id = routed();
        asAgent().getForEntity("/api/v1/complaints/" + id, String.class);

        ResponseEntity<String> log = asAdmin().getForEntity("/api/v1/personal-data-access?complaintId=" + id, String.class);
        ResponseEntity<String> forbidden = asOfficer().getForEntity("/api/v1/personal-data-access", String.class);

        assertThat(log.getStatusCode()).isEqualTo(HttpStatus.OK);
        JsonNode entries = json.readTree(log.getBody());
        assertThat(entries).extracting(e -> e.get("accessedBy").asText()).contains("agent", "officer");
        assertThat(entries).allSatisfy(entry -> {
            assertThat(entry.get("complaintId").asText()).isEqualTo(id.toString());
            assertThat(entry.get("purpose").asText()).isEqualTo("VIEW");
            assertThat(entry.get("accessedAt").isNull()).isFalse();
        });
        assertThat(forbidden.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    }

    @Test
    void shredsThePersonalDataOfComplaintsClosedLongerAgoThanTheRetentionPeriod() throws Exception {
        String member = memberNumber();
        ComplaintSubmitted old = submission(member, "Anna", "Old", "anna@example.be", "Oud", "Oude klacht");
        ComplaintSubmitted open = submission(member, "Anna", "Old", "anna@example.be", "Nieuw", "Nieuwe klacht");
        publish(old);
        publish(open);
        UUID oldId = old.metadata().complaintId();
        UUID openId = open.metadata().complaintId();
        awaitComplaint(openId, c -> "ACKNOWLEDGED".equals(c.get("status").asText()));
        awaitComplaint(oldId, c -> "ACKNOWLEDGED".equals(c.get("status").asText()));
        routeTo(oldId, AGENTS_DEPARTMENT);
        post(asAgent(), "/api/v1/complaints/" + oldId + "/first-line-answer", "{\"answer\":\"Geregeld.\"}");
        post(asAgent(), "/api/v1/complaints/" + oldId + "/closure", "{\"reason\":\"Tevreden.\"}");
        // The retention job counts from the closure projection, which follows the event store: once it has
        // recorded the closure, the first run below could shred the complaint, were the period over.
        awaitCaughtUp(ClosureProjection.PROCESSING_GROUP);

        try {
            clock.advance(Duration.ofDays(4 * 365));
            assertThat(retention.shredExpired()).doesNotContain(oldId);
            clock.advance(Duration.ofDays(366 + 2));
            assertThat(retention.shredExpired()).contains(oldId).doesNotContain(openId);
        } finally {
            clock.reset();
        }

        JsonNode shredded = awaitComplaint(oldId, c -> types(c).contains("PersonalDataErased"));
        assertThat(shredded.at("/personalData/status").asText()).isEqualTo("EXPIRED");
        assertThat(shredded.get("description").isNull()).isTrue();
        assertThat(shredded.get("status").asText()).isEqualTo("CLOSED");
        assertThat(shredded.get("timeline").get(shredded.get("timeline").size() - 1).get("actor").asText())
                .isEqualTo("retention");
        JsonNode stillOpen = awaitComplaint(openId, c -> true);
        assertThat(stillOpen.at("/personalData/status").asText()).isEqualTo("READABLE");
        assertThat(stillOpen.get("description").asText()).isEqualTo("Nieuwe klacht");
    }

    @Test
    void showsADamagedFieldAsUnreadableAndTheRestOfTheComplaint() throws Exception {
        UUID id = routed();
        String sealed = personalData.sealerFor(id).seal(PersonalFields.ANSWER, "Réglé.").value();
        SealedText damaged = SealedText.of(sealed.substring(0, sealed.length() - 4) + "AAAA");
        commands.send(new AnswerAsFirstLineCommand(ComplaintId.of(id), damaged), "agent", "damage", null);

        ResponseEntity<String> response = asAgent().getForEntity("/api/v1/complaints/" + id, String.class);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        JsonNode complaint = json.readTree(response.getBody());
        assertThat(complaint.at("/firstLineAnswer/answer").isNull()).isTrue();
        assertThat(complaint.at("/member/lastName").asText()).isEqualTo("Peeters");
        assertThat(complaint.get("unreadableFields")).singleElement().satisfies(field -> {
            assertThat(field.get("field").asText()).isEqualTo(PersonalFields.ANSWER);
            assertThat(field.get("problem").asText()).contains("integrity check failed");
        });
    }

    private TestRestTemplate asAdmin() {
        return as("admin");
    }

    private static ResponseEntity<String> post(TestRestTemplate client, String path, String body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return client.postForEntity(path, new HttpEntity<>(body, headers), String.class);
    }

    private static List<String> types(JsonNode complaint) {
        List<String> types = new ArrayList<>();
        complaint.get("timeline").forEach(entry -> types.add(entry.get("type").asText()));
        return types;
    }
}
