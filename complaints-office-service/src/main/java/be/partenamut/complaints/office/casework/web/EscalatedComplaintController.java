package be.partenamut.complaints.office.casework.web;

import be.partenamut.complaints.contracts.OralFirstLineContact;
import be.partenamut.complaints.office.casework.registration.EscalatedComplaint;
import be.partenamut.complaints.office.complaint.api.ComplaintId;
import be.partenamut.complaints.office.complaint.query.ComplaintDetails;
import be.partenamut.complaints.office.privacy.AccessPurpose;
import be.partenamut.complaints.office.privacy.AuditedComplaintReader;
import be.partenamut.complaints.support.security.StaffMember;
import jakarta.validation.Valid;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;

/**
 * The complaints service registers, in one step, the complaint of a member who spoke to an agency or the Service
 * Center orally (no written answer, no reference) and its escalation: 201 with the complaint as it stands
 * (received, escalated; its reference and due dates), the member acknowledged as for any escalation.
 */
@RestController
public class EscalatedComplaintController {

    private final StaffCommands staff;
    private final AuditedComplaintReader reader;

    public EscalatedComplaintController(StaffCommands staff, AuditedComplaintReader reader) {
        this.staff = staff;
        this.reader = reader;
    }

    @PostMapping("/api/v1/escalated-complaints")
    @PreAuthorize("hasRole('OFFICER')")
    public ResponseEntity<ComplaintDetails> register(@Valid @RequestBody StaffRequests.EscalatedComplaintRegistration request,
                                                     StaffMember caller) {
        ComplaintId id = staff.registerEscalatedComplaint(new EscalatedComplaint(request.memberNumber(),
                request.firstName(), request.lastName(), request.email(), request.language(), request.channel(),
                request.category(), request.subject(), request.description(), request.reason(),
                request.receivedAt() == null ? null : request.receivedAt().toInstant(),
                new OralFirstLineContact(request.oralFirstLineContact().on(), request.oralFirstLineContact().place())),
                caller);
        ComplaintDetails complaint = reader.show(id, caller.username(), AccessPurpose.VIEW)
                .orElseThrow(() -> new ComplaintNotFoundException(id));
        return ResponseEntity.created(URI.create("/api/v1/complaints/" + id.value()))
                .eTag(ExpectedVersion.etag(complaint.version())).body(complaint);
    }
}
