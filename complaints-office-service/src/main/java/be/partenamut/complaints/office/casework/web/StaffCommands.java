package be.partenamut.complaints.office.casework.web;

import be.partenamut.complaints.contracts.DeclineReason;
import be.partenamut.complaints.contracts.ComplaintFile;
import be.partenamut.complaints.contracts.MemberContact;
import be.partenamut.complaints.contracts.Outcome;
import be.partenamut.complaints.contracts.PersonalFields;
import be.partenamut.complaints.contracts.SealedText;
import be.partenamut.complaints.office.complaint.api.AnswerAsComplaintsServiceCommand;
import be.partenamut.complaints.office.complaint.api.AnswerAsFirstLineCommand;
import be.partenamut.complaints.office.complaint.api.AssignDepartmentCommand;
import be.partenamut.complaints.office.complaint.api.CloseComplaintCommand;
import be.partenamut.complaints.office.complaint.api.DeclineComplaintCommand;
import be.partenamut.complaints.office.complaint.api.RecordInterimMessageCommand;
import be.partenamut.complaints.office.complaint.api.ComplaintId;
import be.partenamut.complaints.office.complaint.api.EscalateComplaintCommand;
import be.partenamut.complaints.office.complaint.api.InstructComplaintCommand;
import be.partenamut.complaints.office.complaint.api.AcceptRecommendationCommand;
import be.partenamut.complaints.office.complaint.api.IssueRecommendationCommand;
import be.partenamut.complaints.office.complaint.api.RecordDepartmentInputCommand;
import be.partenamut.complaints.office.complaint.api.RequestDepartmentInputCommand;
import be.partenamut.complaints.office.casework.KnownDepartments;
import be.partenamut.complaints.office.complaint.api.MotivatingComplaint;
import be.partenamut.complaints.office.complaint.api.RecordRecommendationImplementationCommand;
import be.partenamut.complaints.office.complaint.api.RejectRecommendationCommand;
import be.partenamut.complaints.office.complaint.api.RegisterEscalatedComplaintCommand;
import be.partenamut.complaints.office.casework.registration.EscalatedComplaint;
import be.partenamut.complaints.office.casework.registration.StaffRegistrationReferences;
import be.partenamut.complaints.office.complaint.command.ComplaintChangedException;
import be.partenamut.complaints.office.complaint.command.ComplaintCommandSender;
import be.partenamut.complaints.office.complaint.command.Refusal;
import be.partenamut.complaints.office.complaint.command.TransitionRefusedException;
import be.partenamut.complaints.office.complaint.query.ComplaintDetails;
import be.partenamut.complaints.office.complaint.query.ComplaintDetailsReader;
import be.partenamut.complaints.office.complaint.query.QueueQueries;
import be.partenamut.complaints.personaldata.PersonalData;
import be.partenamut.complaints.personaldata.PersonalDataUnavailableException;
import be.partenamut.complaints.support.correlation.Correlation;
import be.partenamut.complaints.support.security.StaffMember;
import be.partenamut.complaints.workingdays.ServiceLevels;
import org.axonframework.modelling.command.ConflictingAggregateVersionException;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * What staff do to a complaint, for the staff API and the office's pages alike: each action sealed, sent in
 * the caller's name within their department's reach, and refused when the complaint changed since the version
 * the caller saw.
 */
@Component
public class StaffCommands {

    private final ComplaintCommandSender commands;
    private final ComplaintDetailsReader details;
    private final QueueQueries queue;
    private final PersonalData personalData;
    private final ServiceLevels serviceLevels;
    private final Clock clock;
    private final KnownDepartments departments;
    private final StaffRegistrationReferences references;

    public StaffCommands(ComplaintCommandSender commands, ComplaintDetailsReader details, QueueQueries queue,
                         PersonalData personalData, ServiceLevels serviceLevels, Clock clock,
                         KnownDepartments departments, StaffRegistrationReferences references) {
        this.departments = departments;
        this.references = references;
        this.commands = commands;
        this.details = details;
        this.queue = queue;
        this.personalData = personalData;
        this.serviceLevels = serviceLevels;
        this.clock = clock;
    }

    public void answerAsFirstLine(ComplaintId id, String answer, StaffMember caller, ExpectedVersion expected) {
        send(id, new AnswerAsFirstLineCommand(id, seal(id, PersonalFields.ANSWER, answer)), caller, expected);
    }

    /**
     * @param receivedAt when the complaints service received the member's request (a letter may be registered
     *                   days later); now when null. The complaints service's period counts from it.
     * @throws ReceiptDateRefusedException when {@code receivedAt} is in the future or before the complaint's receipt
     */
    public void escalate(ComplaintId id, String reason, Instant receivedAt, StaffMember caller,
                         ExpectedVersion expected) {
        Instant received = receivedAt == null ? clock.instant() : receivedAt;
        if (received.isAfter(clock.instant())) {
            throw ReceiptDateRefusedException.inTheFuture(received);
        }
        // Each registration by staff is a request of its own: a second one is refused, never taken for a repeat.
        try {
            send(id, new EscalateComplaintCommand(id, seal(id, PersonalFields.ESCALATION_REASON, reason), received,
                    serviceLevels.complaintsServiceDueDate(received).dueDate(), UUID.randomUUID()), caller, expected);
        } catch (TransitionRefusedException refused) {
            if (refused.refusal() == Refusal.ESCALATION_RECEIVED_BEFORE_COMPLAINT) {
                throw ReceiptDateRefusedException.beforeTheComplaint();
            }
            throw refused;
        }
    }

    /**
     * Registers, in one step, the complaint of a member who spoke to the first line orally and found no
     * arrangement, with its escalation to the complaints service: the complaint gets its own key (its personal
     * fields sealed under it, as intake does), a reference, and both periods count from the day the complaints
     * service received the request.
     *
     * @return the new complaint's id
     * @throws ReceiptDateRefusedException when the date of receipt is in the future
     */
    public ComplaintId registerEscalatedComplaint(EscalatedComplaint complaint, StaffMember caller) {
        Instant now = clock.instant();
        Instant received = complaint.receivedAt() == null ? now : complaint.receivedAt();
        if (received.isAfter(now)) {
            throw ReceiptDateRefusedException.inTheFuture(received);
        }
        ComplaintId id = ComplaintId.of(UUID.randomUUID());
        PersonalData.Sealer sealer = personalData.newComplaint(id.value(), complaint.memberNumber());
        MemberContact member = new MemberContact(sealer.subjectId(),
                sealed(sealer, PersonalFields.MEMBER_NUMBER, complaint.memberNumber()),
                sealed(sealer, PersonalFields.FIRST_NAME, complaint.firstName()),
                sealed(sealer, PersonalFields.LAST_NAME, complaint.lastName()),
                sealed(sealer, PersonalFields.EMAIL, complaint.email()), complaint.language(), null);
        String reference = references.next(received.atZone(serviceLevels.calendar().zone()).getYear());
        ComplaintFile file = new ComplaintFile(reference, complaint.channel(), member, complaint.category(),
                sealed(sealer, PersonalFields.SUBJECT, complaint.subject()),
                sealed(sealer, PersonalFields.DESCRIPTION, complaint.description()), null, null, received,
                serviceLevels.firstLineDueDate(received).dueDate(), null);
        commands.send(new RegisterEscalatedComplaintCommand(id, file,
                sealed(sealer, PersonalFields.ESCALATION_REASON, complaint.reason()),
                serviceLevels.complaintsServiceDueDate(received).dueDate(), UUID.randomUUID(),
                complaint.oralFirstLineContact()), caller.username(), Correlation.current(), null);
        return id;
    }

    /** Staff move the complaint to another department's queue; routing keeps both decisions in its history. */
    public void reroute(ComplaintId id, String department, StaffMember caller, ExpectedVersion expected) {
        send(id, new AssignDepartmentCommand(id, department, AssignDepartmentCommand.STAFF_REROUTE), caller, expected);
    }

    public void instruct(ComplaintId id, String findings, StaffMember caller, ExpectedVersion expected) {
        send(id, new InstructComplaintCommand(id, seal(id, PersonalFields.FINDINGS, findings)), caller, expected);
    }

    /**
     * The complaints service asks a department for its input during the instruction.
     *
     * @return the new request's id, which the department's reply names
     * @throws UnknownDepartmentException when no department the complaints service may ask has this code
     */
    public UUID requestInput(ComplaintId id, String department, String question, StaffMember caller,
                             ExpectedVersion expected) {
        if (!departments.mayBeAskedForInput(department)) {
            throw new UnknownDepartmentException(department);
        }
        UUID inputRequestId = UUID.randomUUID();
        send(id, new RequestDepartmentInputCommand(id, inputRequestId, department,
                seal(id, PersonalFields.INPUT_QUESTION, question)), caller, expected);
        return inputRequestId;
    }

    /** The department asked replies; an agent's reply is refused unless the request asked their department. */
    public void giveInput(ComplaintId id, UUID inputRequestId, String reply, StaffMember caller,
                          ExpectedVersion expected) {
        send(id, new RecordDepartmentInputCommand(id, inputRequestId, seal(id, PersonalFields.INPUT_REPLY, reply)),
                caller, expected);
    }

    public void answerAsComplaintsService(ComplaintId id, Outcome outcome, String answer, StaffMember caller,
                                          ExpectedVersion expected) {
        send(id, new AnswerAsComplaintsServiceCommand(id, outcome, seal(id, PersonalFields.ANSWER, answer)), caller,
                expected);
    }

    public void issueRecommendation(ComplaintId id, String department, String recommendation, StaffMember caller,
                                    ExpectedVersion expected) {
        issueRecommendation(id, department, recommendation, List.of(), caller, expected);
    }

    /**
     * The complaints service recommends a change to a department (one of the known ones: the complaint refuses
     * another), motivated by this complaint and the others named by their references.
     *
     * @param motivatingReferences the references of the other complaints that motivated it; this complaint's own
     *                             and repeats count once
     * @throws UnknownMotivatingComplaintException when a reference names no complaint the office knows
     */
    public void issueRecommendation(ComplaintId id, String department, String recommendation,
                                    List<String> motivatingReferences, StaffMember caller, ExpectedVersion expected) {
        List<MotivatingComplaint> motivating = motivatingComplaints(id, motivatingReferences);
        send(id, new IssueRecommendationCommand(id, UUID.randomUUID(), department,
                seal(id, PersonalFields.RECOMMENDATION, recommendation), motivating), caller, expected);
    }

    /** The department the recommendation is addressed to (or the complaints service) accepts it. */
    public void acceptRecommendation(ComplaintId id, UUID recommendationId, StaffMember caller,
                                     ExpectedVersion expected) {
        send(id, new AcceptRecommendationCommand(id, recommendationId), caller, expected);
    }

    /** The department the recommendation is addressed to (or the complaints service) rejects it, saying why. */
    public void rejectRecommendation(ComplaintId id, UUID recommendationId, String reason, StaffMember caller,
                                     ExpectedVersion expected) {
        send(id, new RejectRecommendationCommand(id, recommendationId,
                seal(id, PersonalFields.RECOMMENDATION_REJECTION_REASON, reason)), caller, expected);
    }

    /** The department records the day an accepted recommendation took effect (today at the latest). */
    public void recordRecommendationImplementation(ComplaintId id, UUID recommendationId, LocalDate implementedOn,
                                                   StaffMember caller, ExpectedVersion expected) {
        send(id, new RecordRecommendationImplementationCommand(id, recommendationId, implementedOn, clock.instant()),
                caller, expected);
    }

    private List<MotivatingComplaint> motivatingComplaints(ComplaintId id, List<String> references) {
        Map<UUID, MotivatingComplaint> motivating = new LinkedHashMap<>();
        List<String> given = references == null ? List.of() : references;
        for (int i = 0; i < given.size(); i++) {
            String reference = given.get(i) == null ? "" : given.get(i).trim().toUpperCase(Locale.ROOT);
            if (reference.isEmpty()) {
                continue;
            }
            String field = "motivatingReferences[" + i + "]";
            UUID complaintId = queue.complaintWithReference(reference)
                    .orElseThrow(() -> new UnknownMotivatingComplaintException(field, reference));
            if (!complaintId.equals(id.value())) {
                motivating.putIfAbsent(complaintId, new MotivatingComplaint(complaintId, reference));
            }
        }
        return List.copyOf(motivating.values());
    }

    /**
     * The complaints service's result will be late: the member is told why and by when it is now expected (a
     * working day after today, which the complaint checks).
     */
    public void recordInterimMessage(ComplaintId id, String reason, LocalDate expectedDate, StaffMember caller,
                                     ExpectedVersion expected) {
        send(id, new RecordInterimMessageCommand(id, seal(id, PersonalFields.INTERIM_REASON, reason), expectedDate,
                caller.username()), caller, expected);
    }

    /** The policy does not handle the complaint: the member is told why, and it is closed. */
    public void decline(ComplaintId id, DeclineReason reason, String explanation, StaffMember caller,
                        ExpectedVersion expected) {
        send(id, new DeclineComplaintCommand(id, reason, seal(id, PersonalFields.DECLINE_EXPLANATION, explanation),
                caller.username()), caller, expected);
    }

    public void close(ComplaintId id, String reason, StaffMember caller, ExpectedVersion expected) {
        send(id, new CloseComplaintCommand(id, seal(id, PersonalFields.CLOSURE_REASON, reason)), caller, expected);
    }

    /**
     * Sends the command in the caller's name (the signed-in user, never a field of the request); an agent's is
     * refused by the complaint unless it is in their department's queue.
     *
     * @throws ComplaintChangedMeanwhile when the complaint changed since the version the caller saw
     */
    private void send(ComplaintId id, Object command, StaffMember caller, ExpectedVersion expected) {
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
    }

    private static SealedText sealed(PersonalData.Sealer sealer, String field, String text) {
        return text == null || text.isBlank() ? null : sealer.seal(field, text.strip());
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
