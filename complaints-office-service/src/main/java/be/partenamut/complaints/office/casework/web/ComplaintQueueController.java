package be.partenamut.complaints.office.casework.web;

import be.partenamut.complaints.contracts.ComplaintStatus;
import be.partenamut.complaints.office.complaint.query.ComplaintQueueProjection;
import be.partenamut.complaints.office.complaint.query.QueuedComplaint;
import be.partenamut.complaints.support.security.StaffMember;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

/**
 * The staff's lists of complaints: an agent sees their department's queue only; the complaints service
 * (officers) and administrators every complaint, or one department's.
 */
@RestController
@Validated
public class ComplaintQueueController {

    private final ComplaintQueueProjection queue;

    public ComplaintQueueController(ComplaintQueueProjection queue) {
        this.queue = queue;
    }

    @GetMapping("/api/v1/complaints")
    @PreAuthorize("hasAnyRole('AGENT', 'OFFICER')")
    public List<QueuedComplaint> complaints(
            @RequestParam(required = false)
            @Pattern(regexp = "[A-Z][A-Z0-9_]{1,59}", message = "must be a department code such as HEALTHCARE_REIMBURSEMENTS")
            String department,
            @RequestParam(required = false) ComplaintStatus status,
            @RequestParam(defaultValue = "100") @Min(1) @Max(1000) int limit,
            StaffMember caller) {
        return queue.list(DepartmentScope.of(caller).queueToList(department), status, limit);
    }
}
