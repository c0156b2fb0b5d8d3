package be.partenamut.complaints.routing.assignment;

import be.partenamut.complaints.contracts.MessageMetadata;
import be.partenamut.complaints.contracts.Topics;
import be.partenamut.complaints.contracts.events.ComplaintReceived;
import be.partenamut.complaints.contracts.events.ComplaintRouted;
import be.partenamut.complaints.routing.RoutingIntegrationTest;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import java.time.Instant;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A complaint's routing history is for those who handle it: the agents of the department whose queue it is in
 * now, officers and administrators; not another department's agents, nor an analyst.
 */
class RoutingHistoryAccessIT extends RoutingIntegrationTest {

    @Test
    void showsTheHistoryToTheAgentsOfTheDepartmentInChargeOnly() throws Exception {
        // REIMBURSEMENT goes to HEALTHCARE_REIMBURSEMENTS, the demo "agent"'s department.
        ComplaintReceived received = received("REIMBURSEMENT", todayInBrussels().plusDays(14));
        publish(received);
        awaitRoutingMessage(received.complaintId(), "DepartmentAssigned");
        assertThat(topics.awaitConsumed(GROUP, Topics.EVENTS, WAIT)).isTrue();

        ResponseEntity<String> ownAgent = history("agent", received.complaintId());
        assertThat(ownAgent.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(json.readTree(ownAgent.getBody())).singleElement()
                .satisfies(decision -> assertThat(decision.get("department").asText()).isEqualTo("HEALTHCARE_REIMBURSEMENTS"));
        assertForbidden(history("agent-home-care", received.complaintId()));
        assertForbidden(history("analyst", received.complaintId()));
        assertThat(history("officer", received.complaintId()).getStatusCode()).isEqualTo(HttpStatus.OK);
    }

    @Test
    void followsTheComplaintToTheQueueStaffMovedItTo() throws Exception {
        ComplaintReceived received = received("REIMBURSEMENT", todayInBrussels().plusDays(14));
        publish(received);
        awaitRoutingMessage(received.complaintId(), "DepartmentAssigned");
        publish(new ComplaintRouted(new MessageMetadata(UUID.randomUUID(), received.complaintId(), Instant.now(),
                MessageMetadata.CURRENT_SCHEMA_VERSION,
                received.metadata().correlationId(), "staff-command-" + UUID.randomUUID()),
                "HOME_CARE", "staff", "HEALTHCARE_REIMBURSEMENTS", "officer"));
        assertThat(topics.awaitConsumed(GROUP, Topics.EVENTS, WAIT)).isTrue();

        ResponseEntity<String> newDepartment = history("agent-home-care", received.complaintId());
        assertThat(newDepartment.getStatusCode()).isEqualTo(HttpStatus.OK);
        JsonNode steps = json.readTree(newDepartment.getBody());
        assertThat(steps).extracting(step -> step.get("department").asText())
                .containsExactly("HEALTHCARE_REIMBURSEMENTS", "HOME_CARE");
        assertForbidden(history("agent", received.complaintId()));
    }

    @Test
    void holdsNobodyToADepartmentBeforeTheComplaintIsRouted() throws Exception {
        ResponseEntity<String> unknown = history("agent-home-care", UUID.randomUUID());

        assertThat(unknown.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(json.readTree(unknown.getBody())).isEmpty();
    }

    private ResponseEntity<String> history(String user, UUID complaintId) {
        return as(user).getForEntity("/api/v1/routing/decisions?complaintId=" + complaintId, String.class);
    }

    private void assertForbidden(ResponseEntity<String> response) throws Exception {
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        JsonNode problem = json.readTree(response.getBody());
        assertThat(problem.get("type").asText()).endsWith("/forbidden");
        assertThat(problem.get("correlationId").asText()).isNotBlank();
    }
}
