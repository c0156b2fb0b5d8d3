package be.partenamut.complaints.notification.complaint;

import be.partenamut.complaints.contracts.Language;
import be.partenamut.complaints.contracts.events.ComplaintAnswered;
import be.partenamut.complaints.contracts.events.ComplaintEscalated;
import be.partenamut.complaints.contracts.events.ComplaintReceived;
import be.partenamut.complaints.contracts.events.ComplaintRouted;
import be.partenamut.complaints.workingdays.ServiceLevels;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;

/**
 * Keeps each complaint's file up to date from its events, before any message is written about them:
 * the due dates a message states, the department a staff message goes to, whether a line answered.
 * A date an event lacks (an older producer) is computed with the platform's service levels, the very
 * definition the office uses.
 */
@Service
public class ComplaintFacts {

    private final ComplaintFiles files;
    private final ServiceLevels serviceLevels;
    private final Clock clock;

    public ComplaintFacts(ComplaintFiles files, ServiceLevels serviceLevels, Clock clock) {
        this.files = files;
        this.serviceLevels = serviceLevels;
        this.clock = clock;
    }

    public void received(ComplaintReceived received) {
        // The contracts' file, not this service's own record of a complaint (also named ComplaintFile).
        be.partenamut.complaints.contracts.ComplaintFile file = received.file();
        Language language = file.member() != null && file.member().language() != null
                ? file.member().language() : Language.FR;
        Instant receivedAt = file.receivedAt() != null ? file.receivedAt() : received.metadata().occurredAt();
        // A suggestion has no answer deadline; a complaint received before intake gave due dates gets one counted here.
        LocalDate dueDate = file.firstLineDueDate() != null || file.suggestion() ? file.firstLineDueDate()
                : serviceLevels.firstLineDueDate(receivedAt).dueDate();
        files.open(received.complaintId(), file.reference(), language, file.channel(), file.category(), receivedAt, dueDate,
                file.kind(), clock.instant());
    }

    public void routed(ComplaintRouted routed) {
        files.route(routed.complaintId(), routed.department());
    }

    public void answered(ComplaintAnswered answered) {
        files.answered(answered.complaintId(), answered.line(), answered.metadata().occurredAt());
    }

    /** @return the day by which the complaints service communicates its result */
    public LocalDate escalated(ComplaintEscalated escalated) {
        Instant receivedAt = escalated.escalationReceivedAt() != null ? escalated.escalationReceivedAt()
                : escalated.metadata().occurredAt();
        LocalDate dueDate = escalated.dueDate() != null ? escalated.dueDate()
                : serviceLevels.complaintsServiceDueDate(receivedAt).dueDate();
        files.escalated(escalated.complaintId(), receivedAt, dueDate);
        return dueDate;
    }

    /** The day by which the first line answers, as the file knows it or as the service levels count it. */
    public LocalDate firstLineDueDate(ComplaintFile file, Instant fallbackReceivedAt) {
        if (file != null && file.firstLineDueDate() != null) {
            return file.firstLineDueDate();
        }
        Instant receivedAt = file != null && file.receivedAt() != null ? file.receivedAt() : fallbackReceivedAt;
        return serviceLevels.firstLineDueDate(receivedAt).dueDate();
    }
}
