package be.partenamut.complaints.notification;

import be.partenamut.complaints.contracts.DeclineReason;
import be.partenamut.complaints.contracts.events.ComplaintClosed;
import be.partenamut.complaints.contracts.events.ComplaintDeclined;
import be.partenamut.complaints.contracts.events.InterimMessageRecorded;
import be.partenamut.complaints.contracts.AnsweringLine;
import be.partenamut.complaints.contracts.ComplaintFileBuilder;
import be.partenamut.complaints.contracts.ErasureCause;
import be.partenamut.complaints.contracts.Language;
import be.partenamut.complaints.contracts.MemberContact;
import be.partenamut.complaints.contracts.MessageMetadata;
import be.partenamut.complaints.contracts.Outcome;
import be.partenamut.complaints.contracts.PersonalFields;
import be.partenamut.complaints.contracts.events.ComplaintAcknowledged;
import be.partenamut.complaints.contracts.events.ComplaintAnswered;
import be.partenamut.complaints.contracts.events.ComplaintEscalated;
import be.partenamut.complaints.contracts.events.ComplaintReceived;
import be.partenamut.complaints.contracts.events.ComplaintRouted;
import be.partenamut.complaints.contracts.events.PersonalDataErased;
import be.partenamut.complaints.contracts.events.DepartmentInputGiven;
import be.partenamut.complaints.contracts.events.DepartmentInputRequested;
import be.partenamut.complaints.contracts.events.RecommendationIssued;
import be.partenamut.complaints.contracts.events.SlaBreached;
import be.partenamut.complaints.contracts.events.SlaWarned;
import be.partenamut.complaints.personaldata.PersonalData;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Fresh events for each test: new complaint id, message ids, reference, address and member (so
 * erasing one test's member erases no other's), with every personal field truly sealed through the
 * key vault, as the complaints office publishes them.
 */
public final class TestComplaints {

    private TestComplaints() {
    }

    public static String newAddress() {
        return "member-" + UUID.randomUUID() + "@example.be";
    }

    public static String newMemberNumber() {
        return String.valueOf(ThreadLocalRandom.current().nextLong(100_000_000_000L, 1_000_000_000_000L));
    }

    public static ComplaintReceived received(PersonalData personalData, Language language, String email) {
        return received(personalData, language, newMemberNumber(), firstName(language), lastName(language), email,
                "Remboursement refusé", "Ma demande de remboursement a été refusée sans explication.");
    }

    public static ComplaintReceived received(PersonalData personalData, Language language, String memberNumber,
                                             String firstName, String lastName, String email, String subject,
                                             String description) {
        UUID complaintId = UUID.randomUUID();
        PersonalData.Sealer sealer = personalData.newComplaint(complaintId, memberNumber);
        String reference = "PL-2026-" + ThreadLocalRandom.current().nextInt(100_000, 1_000_000);
        MemberContact member = new MemberContact(sealer.subjectId(),
                sealer.seal(PersonalFields.MEMBER_NUMBER, memberNumber),
                sealer.seal(PersonalFields.FIRST_NAME, firstName),
                sealer.seal(PersonalFields.LAST_NAME, lastName),
                sealer.seal(PersonalFields.EMAIL, email),
                language);
        return new ComplaintReceived(
                MessageMetadata.of(UUID.randomUUID(), complaintId, Instant.now(), "test-" + complaintId, null),
                ComplaintFileBuilder.sample().reference(reference).member(member)
                        .subject(sealer.seal(PersonalFields.SUBJECT, subject))
                        .description(sealer.seal(PersonalFields.DESCRIPTION, description))
                        .product(null).agency(null).firstLineDueDate(FIRST_LINE_DUE).possibleDuplicateOf(null).build());
    }

    /** The same member's suggestion rather than a complaint: no first-line due date. */
    public static ComplaintReceived suggestion(ComplaintReceived received) {
        return new ComplaintReceived(received.metadata(), ComplaintFileBuilder.from(received.file()).suggestion().build());
    }

    /** The first line's due date every test complaint states. */
    public static final LocalDate FIRST_LINE_DUE = LocalDate.of(2026, 12, 9);
    /** The complaints service's due date every test escalation states. */
    public static final LocalDate COMPLAINTS_SERVICE_DUE = LocalDate.of(2027, 1, 15);

    public static ComplaintRouted routed(ComplaintReceived received, String department, String previousDepartment) {
        return new ComplaintRouted(next(received), department, "category-reimbursement", previousDepartment);
    }

    public static ComplaintAnswered firstLineAnswer(PersonalData personalData, ComplaintReceived received, String answer) {
        return new ComplaintAnswered(next(received), AnsweringLine.FIRST_LINE, null,
                personalData.sealerFor(received.complaintId()).seal(PersonalFields.ANSWER, answer));
    }

    public static ComplaintAnswered complaintsServiceAnswer(PersonalData personalData, ComplaintReceived received,
                                                            Outcome outcome, String answer) {
        return new ComplaintAnswered(next(received), AnsweringLine.COMPLAINTS_SERVICE, outcome,
                personalData.sealerFor(received.complaintId()).seal(PersonalFields.ANSWER, answer));
    }

    public static ComplaintEscalated escalated(PersonalData personalData, ComplaintReceived received, String reason) {
        return new ComplaintEscalated(next(received),
                personalData.sealerFor(received.complaintId()).seal(PersonalFields.ESCALATION_REASON, reason),
                Instant.now(), COMPLAINTS_SERVICE_DUE);
    }

    public static RecommendationIssued recommendation(PersonalData personalData, ComplaintReceived received,
                                                      String department, String recommendation) {
        return new RecommendationIssued(next(received), UUID.randomUUID(), department,
                personalData.sealerFor(received.complaintId()).seal(PersonalFields.RECOMMENDATION, recommendation));
    }

    public static DepartmentInputRequested inputRequested(PersonalData personalData, ComplaintReceived received,
                                                          UUID inputRequestId, String department, String question) {
        return new DepartmentInputRequested(next(received), inputRequestId, department,
                personalData.sealerFor(received.complaintId()).seal(PersonalFields.INPUT_QUESTION, question));
    }

    public static DepartmentInputGiven inputGiven(PersonalData personalData, ComplaintReceived received,
                                                  UUID inputRequestId, String department, String reply) {
        return new DepartmentInputGiven(next(received), inputRequestId, department,
                personalData.sealerFor(received.complaintId()).seal(PersonalFields.INPUT_REPLY, reply));
    }

    public static SlaWarned slaWarned(ComplaintReceived received, AnsweringLine line, LocalDate dueDate) {
        return new SlaWarned(next(received), line, dueDate);
    }

    public static InterimMessageRecorded interimMessage(PersonalData personalData, ComplaintReceived received,
                                                       String reason, LocalDate expectedDate) {
        return new InterimMessageRecorded(next(received),
                personalData.sealerFor(received.complaintId()).seal(PersonalFields.INTERIM_REASON, reason), expectedDate,
                "officer");
    }

    public static ComplaintDeclined declined(PersonalData personalData, ComplaintReceived received, DeclineReason reason,
                                             String explanation) {
        return new ComplaintDeclined(next(received), reason,
                personalData.sealerFor(received.complaintId()).seal(PersonalFields.DECLINE_EXPLANATION, explanation),
                "officer");
    }

    /** The closure that follows a decline: without a reason. */
    public static ComplaintClosed closed(ComplaintReceived received) {
        return new ComplaintClosed(next(received), null);
    }

    public static SlaBreached slaBreached(ComplaintReceived received, AnsweringLine line, LocalDate dueDate) {
        return new SlaBreached(next(received), line, dueDate);
    }

    private static MessageMetadata next(ComplaintReceived received) {
        return MessageMetadata.of(UUID.randomUUID(), received.complaintId(), Instant.now(),
                received.metadata().correlationId(), received.metadata().messageId().toString());
    }

    public static ComplaintAcknowledged acknowledged(ComplaintReceived received) {
        return new ComplaintAcknowledged(
                MessageMetadata.of(UUID.randomUUID(), received.complaintId(), Instant.now(),
                        received.metadata().correlationId(), received.metadata().messageId().toString()),
                received.file().reference());
    }

    public static PersonalDataErased erased(ComplaintReceived received, ErasureCause cause) {
        return new PersonalDataErased(
                MessageMetadata.of(UUID.randomUUID(), received.complaintId(), Instant.now(),
                        "erasure-" + received.complaintId(), null),
                received.file().member().dataSubjectId(), cause);
    }

    public static String firstName(Language language) {
        switch (language) {
            case FR:
                return "Hélène";
            case DE:
                return "Jürgen";
            default:
                return "Sophie";
        }
    }

    public static String lastName(Language language) {
        switch (language) {
            case FR:
                return "Dubois";
            case DE:
                return "Schmitz";
            default:
                return "Peeters";
        }
    }
}
