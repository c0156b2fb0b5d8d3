package be.partenamut.complaints.office.casework.web;

import be.partenamut.complaints.office.complaint.api.ComplaintId;
import be.partenamut.complaints.office.complaint.query.ComplaintDetails;
import be.partenamut.complaints.office.privacy.AccessPurpose;
import be.partenamut.complaints.office.privacy.AuditedComplaintReader;
import be.partenamut.complaints.support.security.StaffMember;
import jakarta.validation.Valid;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.util.UUID;

/**
 * The staff API of one complaint. Every command answers with the complaint as it stands after it,
 * so the caller sees the effect at once. Departments (agents) answer, close and reroute at the first line,
 * each only the complaints in its own queue ({@link DepartmentScope}); the complaints service (officers)
 * handles escalations and may see and act on every complaint. Once escalated, only the complaints service acts:
 * it may ask a department for its input, which that department's agent replies to; the first-line department and
 * the departments asked may read the complaint, nothing more ({@code complaints-service-only}). A recommendation's
 * follow-up (accepted or rejected, then implemented) is recorded by the department it is addressed to, or by the
 * complaints service.
 * <p>
 * Two members of staff may act on one complaint at once. The complaint is shown with its version
 * ({@code ETag}); a command that sends it back ({@code If-Match}, or {@code expectedVersion} in the body) is
 * refused when the complaint changed since, with what changed: 412 for {@code If-Match}, 409 for the field,
 * both {@code complaint-changed}. Nothing is then applied, so nobody overwrites what they have not seen. A
 * command without a version acts on the complaint as it stands.
 */
@RestController
@RequestMapping("/api/v1/complaints/{complaintId}")
public class ComplaintController {

    private final StaffCommands staff;
    private final AuditedComplaintReader reader;

    public ComplaintController(StaffCommands staff, AuditedComplaintReader reader) {
        this.staff = staff;
        this.reader = reader;
    }

    /** The complaint, with its version as {@code ETag}: send it back in {@code If-Match} to act on what you saw. */
    @GetMapping
    @PreAuthorize("hasAnyRole('AGENT', 'OFFICER')")
    public ResponseEntity<ComplaintDetails> complaint(@PathVariable UUID complaintId, StaffMember caller) {
        DepartmentScope scope = DepartmentScope.of(caller);
        ComplaintId id = ComplaintId.of(complaintId);
        return withETag(reader.show(id, caller.username(), AccessPurpose.VIEW, scope::checkMaySee)
                .orElseThrow(() -> new ComplaintNotFoundException(id)));
    }

    @PostMapping("/first-line-answer")
    @PreAuthorize("hasRole('AGENT')")
    public ResponseEntity<ComplaintDetails> answerAsFirstLine(
            @PathVariable UUID complaintId, @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @Valid @RequestBody StaffRequests.FirstLineAnswer request, StaffMember caller) {
        ComplaintId id = ComplaintId.of(complaintId);
        staff.answerAsFirstLine(id, request.answer(), caller, ExpectedVersion.of(ifMatch, request.expectedVersion()));
        return shownAfter(id, caller);
    }

    @PostMapping("/escalation")
    @PreAuthorize("hasRole('OFFICER')")
    public ResponseEntity<ComplaintDetails> escalate(
            @PathVariable UUID complaintId, @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @Valid @RequestBody StaffRequests.Escalation request, StaffMember caller) {
        ComplaintId id = ComplaintId.of(complaintId);
        staff.escalate(id, request.reason(),
                request.escalationReceivedAt() == null ? null : request.escalationReceivedAt().toInstant(),
                caller, ExpectedVersion.of(ifMatch, request.expectedVersion()));
        return shownAfter(id, caller);
    }

    /** Staff move the complaint to another department's queue; routing keeps both decisions in its history. */
    @PutMapping("/department")
    @PreAuthorize("hasAnyRole('AGENT', 'OFFICER')")
    public ResponseEntity<ComplaintDetails> reroute(
            @PathVariable UUID complaintId, @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @Valid @RequestBody StaffRequests.Reroute request, StaffMember caller) {
        ComplaintId id = ComplaintId.of(complaintId);
        staff.reroute(id, request.department(), caller, ExpectedVersion.of(ifMatch, request.expectedVersion()));
        return shownAfter(id, caller);
    }

    @PostMapping("/instruction")
    @PreAuthorize("hasRole('OFFICER')")
    public ResponseEntity<ComplaintDetails> instruct(
            @PathVariable UUID complaintId, @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @Valid @RequestBody StaffRequests.Instruction request, StaffMember caller) {
        ComplaintId id = ComplaintId.of(complaintId);
        staff.instruct(id, request.findings(), caller, ExpectedVersion.of(ifMatch, request.expectedVersion()));
        return shownAfter(id, caller);
    }

    /**
     * The complaints service asks a department for its input during the instruction; the new request is in the
     * complaint's {@code inputRequests}, its address in {@code Location}.
     */
    @PostMapping("/input-requests")
    @PreAuthorize("hasRole('OFFICER')")
    public ResponseEntity<ComplaintDetails> requestInput(
            @PathVariable UUID complaintId, @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @Valid @RequestBody StaffRequests.InputRequest request, StaffMember caller) {
        ComplaintId id = ComplaintId.of(complaintId);
        UUID inputRequestId = staff.requestInput(id, request.department(), request.question(), caller,
                ExpectedVersion.of(ifMatch, request.expectedVersion()));
        ResponseEntity<ComplaintDetails> shown = shownAfter(id, caller);
        return ResponseEntity.ok().headers(shown.getHeaders())
                .location(URI.create("/api/v1/complaints/" + complaintId + "/input-requests/" + inputRequestId))
                .body(shown.getBody());
    }

    /**
     * The department asked replies, once: an agent of that department (or an administrator for it); the complaint
     * refuses any other department's agent ({@code outside-department}).
     */
    @PostMapping("/input-requests/{inputRequestId}/reply")
    @PreAuthorize("hasRole('AGENT')")
    public ResponseEntity<ComplaintDetails> giveInput(
            @PathVariable UUID complaintId, @PathVariable UUID inputRequestId,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @Valid @RequestBody StaffRequests.InputReply request, StaffMember caller) {
        ComplaintId id = ComplaintId.of(complaintId);
        staff.giveInput(id, inputRequestId, request.reply(), caller,
                ExpectedVersion.of(ifMatch, request.expectedVersion()));
        return shownAfter(id, caller);
    }

    @PostMapping("/complaints-service-answer")
    @PreAuthorize("hasRole('OFFICER')")
    public ResponseEntity<ComplaintDetails> answerAsComplaintsService(
            @PathVariable UUID complaintId, @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @Valid @RequestBody StaffRequests.ComplaintsServiceAnswer request, StaffMember caller) {
        ComplaintId id = ComplaintId.of(complaintId);
        staff.answerAsComplaintsService(id, request.outcome(), request.answer(), caller,
                ExpectedVersion.of(ifMatch, request.expectedVersion()));
        return shownAfter(id, caller);
    }

    @PostMapping("/recommendations")
    @PreAuthorize("hasRole('OFFICER')")
    public ResponseEntity<ComplaintDetails> issueRecommendation(
            @PathVariable UUID complaintId, @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @Valid @RequestBody StaffRequests.Recommendation request, StaffMember caller) {
        ComplaintId id = ComplaintId.of(complaintId);
        staff.issueRecommendation(id, request.department(), request.recommendation(), request.motivatingReferences(),
                caller, ExpectedVersion.of(ifMatch, request.expectedVersion()));
        return shownAfter(id, caller);
    }

    /**
     * The department a recommendation is addressed to accepts it: its agents, whichever queue the complaint is in,
     * or the complaints service; another department's agent gets 403 {@code outside-department}.
     */
    @PostMapping("/recommendations/{recommendationId}/acceptance")
    @PreAuthorize("hasAnyRole('AGENT', 'OFFICER')")
    public ResponseEntity<ComplaintDetails> acceptRecommendation(
            @PathVariable UUID complaintId, @PathVariable UUID recommendationId,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @Valid @RequestBody(required = false) StaffRequests.RecommendationAcceptance request, StaffMember caller) {
        ComplaintId id = ComplaintId.of(complaintId);
        staff.acceptRecommendation(id, recommendationId, caller,
                ExpectedVersion.of(ifMatch, request == null ? null : request.expectedVersion()));
        return shownAfter(id, caller);
    }

    /** The department rejects the recommendation, with its reason (same callers as the acceptance). */
    @PostMapping("/recommendations/{recommendationId}/rejection")
    @PreAuthorize("hasAnyRole('AGENT', 'OFFICER')")
    public ResponseEntity<ComplaintDetails> rejectRecommendation(
            @PathVariable UUID complaintId, @PathVariable UUID recommendationId,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @Valid @RequestBody StaffRequests.RecommendationRejection request, StaffMember caller) {
        ComplaintId id = ComplaintId.of(complaintId);
        staff.rejectRecommendation(id, recommendationId, request.reason(), caller,
                ExpectedVersion.of(ifMatch, request.expectedVersion()));
        return shownAfter(id, caller);
    }

    /** The department records the day an accepted recommendation took effect (same callers as the acceptance). */
    @PostMapping("/recommendations/{recommendationId}/implementation")
    @PreAuthorize("hasAnyRole('AGENT', 'OFFICER')")
    public ResponseEntity<ComplaintDetails> recordRecommendationImplementation(
            @PathVariable UUID complaintId, @PathVariable UUID recommendationId,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @Valid @RequestBody StaffRequests.RecommendationImplementation request, StaffMember caller) {
        ComplaintId id = ComplaintId.of(complaintId);
        staff.recordRecommendationImplementation(id, recommendationId, request.implementedOn(), caller,
                ExpectedVersion.of(ifMatch, request.expectedVersion()));
        return shownAfter(id, caller);
    }

    /** The complaints service's result will be late: the member is told why, and its new expected date. */
    @PostMapping("/interim-messages")
    @PreAuthorize("hasRole('OFFICER')")
    public ResponseEntity<ComplaintDetails> recordInterimMessage(
            @PathVariable UUID complaintId, @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @Valid @RequestBody StaffRequests.InterimMessage request, StaffMember caller) {
        ComplaintId id = ComplaintId.of(complaintId);
        staff.recordInterimMessage(id, request.reason(), request.expectedDate(), caller,
                ExpectedVersion.of(ifMatch, request.expectedVersion()));
        return shownAfter(id, caller);
    }

    /** The policy does not handle the complaint (out of scope, or about a Médecin-Conseil): declined and closed. */
    @PostMapping("/decline")
    @PreAuthorize("hasRole('OFFICER')")
    public ResponseEntity<ComplaintDetails> decline(
            @PathVariable UUID complaintId, @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @Valid @RequestBody StaffRequests.Decline request, StaffMember caller) {
        ComplaintId id = ComplaintId.of(complaintId);
        staff.decline(id, request.reason(), request.explanation(), caller,
                ExpectedVersion.of(ifMatch, request.expectedVersion()));
        return shownAfter(id, caller);
    }

    @PostMapping("/closure")
    @PreAuthorize("hasAnyRole('AGENT', 'OFFICER')")
    public ResponseEntity<ComplaintDetails> close(
            @PathVariable UUID complaintId, @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @Valid @RequestBody StaffRequests.Closure request, StaffMember caller) {
        ComplaintId id = ComplaintId.of(complaintId);
        staff.close(id, request.reason(), caller, ExpectedVersion.of(ifMatch, request.expectedVersion()));
        return shownAfter(id, caller);
    }

    /**
     * The complaint as the caller's command left it, even when it left another department's queue (an agent's
     * reroute): the caller just acted on it.
     */
    private ResponseEntity<ComplaintDetails> shownAfter(ComplaintId id, StaffMember caller) {
        return withETag(reader.show(id, caller.username(), AccessPurpose.VIEW)
                .orElseThrow(() -> new ComplaintNotFoundException(id)));
    }

    private static ResponseEntity<ComplaintDetails> withETag(ComplaintDetails complaint) {
        return ResponseEntity.ok().eTag(ExpectedVersion.etag(complaint.version())).body(complaint);
    }
}
