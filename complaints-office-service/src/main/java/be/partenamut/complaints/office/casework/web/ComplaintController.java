package be.partenamut.complaints.office.casework.web;

import be.partenamut.complaints.contracts.PersonalFields;
import be.partenamut.complaints.contracts.SealedText;
import be.partenamut.complaints.office.complaint.api.AnswerAsComplaintsServiceCommand;
import be.partenamut.complaints.office.complaint.api.AnswerAsFirstLineCommand;
import be.partenamut.complaints.office.complaint.api.AssignDepartmentCommand;
import be.partenamut.complaints.office.complaint.api.CloseComplaintCommand;
import be.partenamut.complaints.office.complaint.api.ComplaintId;
import be.partenamut.complaints.office.complaint.api.EscalateComplaintCommand;
import be.partenamut.complaints.office.complaint.api.InstructComplaintCommand;
import be.partenamut.complaints.office.complaint.api.IssueRecommendationCommand;
import be.partenamut.complaints.office.complaint.command.ComplaintChangedException;
import be.partenamut.complaints.office.complaint.command.ComplaintCommandSender;
import be.partenamut.complaints.office.complaint.query.ComplaintDetails;
import be.partenamut.complaints.office.complaint.query.ComplaintDetailsReader;
import be.partenamut.complaints.office.privacy.AccessPurpose;
import be.partenamut.complaints.office.privacy.AuditedComplaintReader;
import be.partenamut.complaints.personaldata.PersonalData;
import be.partenamut.complaints.personaldata.PersonalDataUnavailableException;
import be.partenamut.complaints.support.correlation.Correlation;
import be.partenamut.complaints.support.security.StaffMember;
import be.partenamut.complaints.workingdays.ServiceLevels;
import jakarta.validation.Valid;
import org.axonframework.modelling.command.ConflictingAggregateVersionException;
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

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

/**
 * The staff API of one complaint. Every command answers with the complaint as it stands after it,
 * so the caller sees the effect at once. Departments (agents) answer, close and reroute at the first line,
 * each only the complaints in its own queue ({@link DepartmentScope}); the complaints service (officers)
 * handles escalations and may see and act on every complaint.
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

    private final ComplaintCommandSender commands;
    private final AuditedComplaintReader reader;
    private final ComplaintDetailsReader details;
    private final PersonalData personalData;
    private final ServiceLevels serviceLevels;
    private final Clock clock;

    public ComplaintController(ComplaintCommandSender commands, AuditedComplaintReader reader,
                               ComplaintDetailsReader details, PersonalData personalData, ServiceLevels serviceLevels,
                               Clock clock) {
        this.commands = commands;
        this.reader = reader;
        this.details = details;
        this.personalData = personalData;
        this.serviceLevels = serviceLevels;
        this.clock = clock;
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
        return sendThenRead(id, new AnswerAsFirstLineCommand(id, seal(id, PersonalFields.ANSWER, request.answer())),
                caller, ExpectedVersion.of(ifMatch, request.expectedVersion()));
    }

    @PostMapping("/escalation")
    @PreAuthorize("hasRole('OFFICER')")
    public ResponseEntity<ComplaintDetails> escalate(
            @PathVariable UUID complaintId, @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @Valid @RequestBody StaffRequests.Escalation request, StaffMember caller) {
        ComplaintId id = ComplaintId.of(complaintId);
        Instant receivedAt = request.escalationReceivedAt() == null
                ? clock.instant() : request.escalationReceivedAt().toInstant();
        // Each registration by staff is a request of its own: a second one is refused, never taken for a repeat.
        return sendThenRead(id, new EscalateComplaintCommand(id,
                seal(id, PersonalFields.ESCALATION_REASON, request.reason()), receivedAt,
                serviceLevels.complaintsServiceDueDate(receivedAt).dueDate(), UUID.randomUUID()),
                caller, ExpectedVersion.of(ifMatch, request.expectedVersion()));
    }

    /** Staff move the complaint to another department's queue; routing keeps both decisions in its history. */
    @PutMapping("/department")
    @PreAuthorize("hasAnyRole('AGENT', 'OFFICER')")
    public ResponseEntity<ComplaintDetails> reroute(
            @PathVariable UUID complaintId, @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @Valid @RequestBody StaffRequests.Reroute request, StaffMember caller) {
        ComplaintId id = ComplaintId.of(complaintId);
        return sendThenRead(id, new AssignDepartmentCommand(id, request.department(), AssignDepartmentCommand.STAFF_REROUTE),
                caller, ExpectedVersion.of(ifMatch, request.expectedVersion()));
    }

    @PostMapping("/instruction")
    @PreAuthorize("hasRole('OFFICER')")
    public ResponseEntity<ComplaintDetails> instruct(
            @PathVariable UUID complaintId, @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @Valid @RequestBody StaffRequests.Instruction request, StaffMember caller) {
        ComplaintId id = ComplaintId.of(complaintId);
        return sendThenRead(id, new InstructComplaintCommand(id, seal(id, PersonalFields.FINDINGS, request.findings())),
                caller, ExpectedVersion.of(ifMatch, request.expectedVersion()));
    }

    @PostMapping("/complaints-service-answer")
    @PreAuthorize("hasRole('OFFICER')")
    public ResponseEntity<ComplaintDetails> answerAsComplaintsService(
            @PathVariable UUID complaintId, @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @Valid @RequestBody StaffRequests.ComplaintsServiceAnswer request, StaffMember caller) {
        ComplaintId id = ComplaintId.of(complaintId);
        return sendThenRead(id, new AnswerAsComplaintsServiceCommand(id, request.outcome(),
                seal(id, PersonalFields.ANSWER, request.answer())),
                caller, ExpectedVersion.of(ifMatch, request.expectedVersion()));
    }

    @PostMapping("/recommendations")
    @PreAuthorize("hasRole('OFFICER')")
    public ResponseEntity<ComplaintDetails> issueRecommendation(
            @PathVariable UUID complaintId, @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @Valid @RequestBody StaffRequests.Recommendation request, StaffMember caller) {
        ComplaintId id = ComplaintId.of(complaintId);
        return sendThenRead(id, new IssueRecommendationCommand(id, UUID.randomUUID(), request.department(),
                seal(id, PersonalFields.RECOMMENDATION, request.recommendation())),
                caller, ExpectedVersion.of(ifMatch, request.expectedVersion()));
    }

    @PostMapping("/closure")
    @PreAuthorize("hasAnyRole('AGENT', 'OFFICER')")
    public ResponseEntity<ComplaintDetails> close(
            @PathVariable UUID complaintId, @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @Valid @RequestBody StaffRequests.Closure request, StaffMember caller) {
        ComplaintId id = ComplaintId.of(complaintId);
        return sendThenRead(id, new CloseComplaintCommand(id, seal(id, PersonalFields.CLOSURE_REASON, request.reason())),
                caller, ExpectedVersion.of(ifMatch, request.expectedVersion()));
    }

    /**
     * Sends the command in the caller's name (the token's user, never a field of the request); an agent's is
     * refused by the complaint unless it is in their department's queue. The answer shows the complaint as the
     * command left it, even when it left another department's queue (an agent's reroute): the caller just
     * acted on it.
     */
    private ResponseEntity<ComplaintDetails> sendThenRead(ComplaintId id, Object command, StaffMember caller,
                                                          ExpectedVersion expected) {
        DepartmentScope scope = DepartmentScope.of(caller);
        try {
            if (scope.everyDepartment()) {
                commands.send(command, caller.username(), Correlation.current(), null, expected.version());
            } else {
                commands.sendWithin(scope.department(), command, caller.username(), Correlation.current(),
                        expected.version());
            }
        } catch (ComplaintChangedException | ConflictingAggregateVersionException changed) {
            // What changed is read only now, and only for staff who may see the complaint: an agent outside its
            // department learns nothing of it.
            ComplaintDetails current = details.read(id).orElseThrow(() -> new ComplaintNotFoundException(id));
            scope.checkMaySee(current);
            throw new ComplaintChangedMeanwhile(expected, current);
        }
        return withETag(reader.show(id, caller.username(), AccessPurpose.VIEW)
                .orElseThrow(() -> new ComplaintNotFoundException(id)));
    }

    private static ResponseEntity<ComplaintDetails> withETag(ComplaintDetails complaint) {
        return ResponseEntity.ok().eTag(ExpectedVersion.etag(complaint.version())).body(complaint);
    }

    /**
     * Staff texts are personal data like the member's own: sealed with the complaint's key before any
     * command carries them.
     *
     * @throws PersonalDataUnavailableException when the complaint's key is gone (erased, expired) or unknown
     */
    private SealedText seal(ComplaintId id, String field, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        return personalData.sealerFor(id.value()).seal(field, text);
    }
}
