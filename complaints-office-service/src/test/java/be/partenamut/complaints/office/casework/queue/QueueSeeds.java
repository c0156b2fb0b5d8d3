package be.partenamut.complaints.office.casework.queue;

import be.partenamut.complaints.contracts.SubmissionKind;
import be.partenamut.complaints.contracts.AnsweringLine;
import be.partenamut.complaints.contracts.Channel;
import be.partenamut.complaints.contracts.ComplaintFileBuilder;
import be.partenamut.complaints.contracts.Language;
import be.partenamut.complaints.contracts.MemberContact;
import be.partenamut.complaints.contracts.PersonalFields;
import be.partenamut.complaints.contracts.SealedText;
import be.partenamut.complaints.office.complaint.api.AnswerAsFirstLineCommand;
import be.partenamut.complaints.office.complaint.api.AssignDepartmentCommand;
import be.partenamut.complaints.office.complaint.api.ComplaintId;
import be.partenamut.complaints.office.complaint.api.EscalateComplaintCommand;
import be.partenamut.complaints.office.complaint.api.ReceiveComplaintCommand;
import be.partenamut.complaints.office.complaint.api.RecordSlaWarningCommand;
import be.partenamut.complaints.office.complaint.command.ComplaintCommandSender;
import be.partenamut.complaints.personaldata.PersonalData;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * Complaints put in the office through its command bus, as intake's submissions and routing's decisions would
 * put them, with what a queue test needs set: department, channel, category, due date, reference, member.
 */
public final class QueueSeeds {

    private final ComplaintCommandSender commands;
    private final PersonalData personalData;
    private final Supplier<LocalDate> today;

    public QueueSeeds(ComplaintCommandSender commands, PersonalData personalData, Supplier<LocalDate> today) {
        this.commands = commands;
        this.personalData = personalData;
        this.today = today;
    }

    /** A web-form reimbursement complaint of a member of its own, due in 10 days, for {@code department}. */
    public Seed in(String department) {
        return new Seed(department);
    }

    /** A code no other test uses (a department or a category of its own). */
    public static String uniqueCode(String prefix) {
        return prefix + "_" + UUID.randomUUID().toString().replace("-", "").substring(0, 10).toUpperCase();
    }

    public static String memberNumber() {
        return String.valueOf(200_000_000L + (long) (Math.random() * 799_999_999L));
    }

    public void send(Object command) {
        commands.send(command, "officer", "corr-queue-test", null);
    }

    public SealedText sealedAnswer(UUID complaintId) {
        return personalData.sealerFor(complaintId).seal(PersonalFields.ANSWER, "Geregeld.");
    }

    public void warn(UUID complaintId, LocalDate dueDate) {
        send(new RecordSlaWarningCommand(ComplaintId.of(complaintId), AnsweringLine.FIRST_LINE, dueDate));
    }

    /** Answered by the first line, then escalated: the complaints service's, due on {@code dueDate}. */
    public void escalate(UUID complaintId, LocalDate dueDate) {
        send(new AnswerAsFirstLineCommand(ComplaintId.of(complaintId), sealedAnswer(complaintId)));
        send(new EscalateComplaintCommand(ComplaintId.of(complaintId), null, Instant.now(), dueDate, UUID.randomUUID()));
    }

    /** What a seeded complaint is made of. */
    public final class Seed {
        private final String department;
        private Channel channel = Channel.WEB_FORM;
        private String category = "REIMBURSEMENT";
        private LocalDate dueDate;
        private String reference;
        private String memberNumber = memberNumber();
        private String firstName = "Sophie";
        private String lastName = "Peeters";
        private SubmissionKind kind = SubmissionKind.COMPLAINT;

        private Seed(String department) {
            this.department = department;
            this.dueDate = today.get().plusDays(10);
        }

        public Seed due(LocalDate date) {
            this.dueDate = date;
            return this;
        }

        public Seed channel(Channel value) {
            this.channel = value;
            return this;
        }

        public Seed category(String value) {
            this.category = value;
            return this;
        }

        /** A suggestion: no first-line due date. */
        public Seed suggestion() {
            this.kind = SubmissionKind.SUGGESTION;
            this.dueDate = null;
            return this;
        }

        public Seed reference(String value) {
            this.reference = value;
            return this;
        }

        public Seed member(String number, String first, String last) {
            this.memberNumber = number;
            this.firstName = first;
            this.lastName = last;
            return this;
        }

        /** Registers the complaint and routes it to the department; returns its id. */
        public UUID receive() {
            UUID id = UUID.randomUUID();
            PersonalData.Sealer sealer = personalData.newComplaint(id, memberNumber);
            String ref = reference != null ? reference
                    : "PL-2026-" + String.format("%06d", Math.abs(id.hashCode() % 1_000_000));
            send(new ReceiveComplaintCommand(ComplaintId.of(id), ComplaintFileBuilder.sample()
                    .reference(ref).channel(channel).category(category)
                    .member(new MemberContact(sealer.subjectId(), sealer.seal(PersonalFields.MEMBER_NUMBER, memberNumber),
                            sealer.seal(PersonalFields.FIRST_NAME, firstName),
                            sealer.seal(PersonalFields.LAST_NAME, lastName), null, Language.FR))
                    .subject(sealer.seal(PersonalFields.SUBJECT, "Remboursement"))
                    .description(sealer.seal(PersonalFields.DESCRIPTION, "Toujours pas remboursé."))
                    .receivedAt(Instant.now()).firstLineDueDate(dueDate).possibleDuplicateOf(null).kind(kind).build()));
            send(new AssignDepartmentCommand(ComplaintId.of(id), department, "queue-test"));
            return id;
        }
    }
}
