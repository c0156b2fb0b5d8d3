package be.partenamut.complaints.notification.delivery.web;

import be.partenamut.complaints.notification.NotificationIntegrationTest;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.actuate.health.HealthContributorRegistry;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class NotificationsApiIT extends NotificationIntegrationTest {

    @Autowired
    HealthContributorRegistry healthContributors;

    @Test
    void refusesAnonymousCallersWithAProblem() throws Exception {
        ResponseEntity<String> response = http.getForEntity(
                "/api/v1/notifications?complaintId=" + UUID.randomUUID(), String.class);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(json.readTree(response.getBody()).get("status").asInt()).isEqualTo(401);
    }

    @Test
    void rejectsAComplaintIdThatIsNotAUuid() throws Exception {
        ResponseEntity<String> response = as("officer")
                .getForEntity("/api/v1/notifications?complaintId=PL-2026-000123", String.class);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        JsonNode problem = json.readTree(response.getBody());
        assertThat(problem.at("/errors/0/field").asText()).isEqualTo("complaintId");
    }

    @Test
    void rejectsARequestWithoutComplaintId() {
        ResponseEntity<String> response = as("officer")
                .getForEntity("/api/v1/notifications", String.class);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
    }

    @Test
    void listsNothingForAComplaintWithoutMessages() throws Exception {
        assertThat(notificationsOf(UUID.randomUUID())).isEmpty();
    }

    @Test
    void reportsTheMailServerInItsHealth() throws Exception {
        assertThat(healthContributors.getContributor("mail")).as("mail health indicator").isNotNull();

        ResponseEntity<String> response = http.getForEntity("/actuator/health", String.class);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(json.readTree(response.getBody()).get("status").asText()).isEqualTo("UP");
    }
}
