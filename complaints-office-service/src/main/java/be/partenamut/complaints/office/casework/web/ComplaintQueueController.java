package be.partenamut.complaints.office.casework.web;

import be.partenamut.complaints.office.complaint.query.QueueCounts;
import be.partenamut.complaints.office.complaint.query.QueuePage;
import be.partenamut.complaints.office.complaint.query.QueueQueries;
import be.partenamut.complaints.office.complaint.query.QueuedComplaint;
import be.partenamut.complaints.office.complaint.query.WorkQueue;
import be.partenamut.complaints.support.security.StaffMember;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import java.util.List;
import java.util.Objects;

/**
 * The staff's lists of complaints: an agent sees their department's queue only; the complaints service
 * (officers) and administrators every complaint, the complaints service's queue, or one department's.
 * A list is one page in the queue's order (due date, overdue first); the next page's address is in the
 * {@code Link} header ({@code rel="next"}), with an opaque cursor.
 */
@RestController
@Validated
public class ComplaintQueueController {

    private final QueueQueries queues;

    public ComplaintQueueController(QueueQueries queues) {
        this.queues = queues;
    }

    /**
     * @param department a department's queue (kept from the first version of this list; {@code queue} names
     *                   it as well)
     * @param queue      {@code COMPLAINTS_SERVICE} or a department code
     * @param status     one status; without it, the open complaints (closed ones only when asked for or found by
     *                   a search)
     * @param q          a reference (whole or its beginning), a member number, or a member's last name or
     *                   first and last name
     * @param kind       {@code COMPLAINT} or {@code SUGGESTION}: one kind only; without it, both
     */
    @GetMapping("/api/v1/complaints")
    @PreAuthorize("hasAnyRole('AGENT', 'OFFICER')")
    public ResponseEntity<List<QueuedComplaint>> complaints(
            @RequestParam(required = false)
            @Pattern(regexp = "[A-Z][A-Z0-9_]{1,59}", message = "must be a department code such as HEALTHCARE_REIMBURSEMENTS")
            String department,
            @RequestParam(required = false)
            @Pattern(regexp = "[A-Z][A-Z0-9_]{1,59}", message = "must be COMPLAINTS_SERVICE or a department code")
            String queue,
            @RequestParam(required = false) String status,
            @RequestParam(required = false) String sla,
            @RequestParam(required = false) String channel,
            @RequestParam(required = false) String category,
            @RequestParam(required = false) String q,
            @RequestParam(required = false) String kind,
            @RequestParam(required = false) String cursor,
            @RequestParam(defaultValue = "100") @Min(1) @Max(1000) int limit,
            StaffMember caller) {
        if (department != null && queue != null && !Objects.equals(department, queue)) {
            throw new InvalidQueueRequestException("queue", "names another queue than department: give one of them");
        }
        WorkQueue listed = DepartmentScope.of(caller).queue(queue != null ? queue : department);
        QueuePage page = queues.page(listed, QueueRequest.filter(status, sla, channel, category, q, kind),
                QueueRequest.cursor(cursor), limit);
        ResponseEntity.BodyBuilder response = ResponseEntity.ok();
        if (page.next() != null) {
            String next = ServletUriComponentsBuilder.fromCurrentRequest()
                    .replaceQueryParam("cursor", page.next().encode()).build().toUriString();
            response.header(HttpHeaders.LINK, "<" + next + ">; rel=\"next\"");
        }
        return response.body(page.complaints());
    }

    /**
     * How many open complaints each queue the caller may see holds, in total and by status: an agent their
     * department's; officers and administrators every department's and the complaints service's.
     */
    @GetMapping("/api/v1/complaint-queues")
    @PreAuthorize("hasAnyRole('AGENT', 'OFFICER')")
    public QueueCounts counts(StaffMember caller) {
        return queues.counts(DepartmentScope.of(caller).visibleQueues());
    }
}
