package be.partenamut.complaints.contracts;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A complaint's file: what the member brought and what intake established on receipt. One value,
 * carried whole by the submission (intake to the office), the office's command and stored event,
 * and the published event, so that a new piece of the file is added here once.
 *
 * @param reference           the human reference, assigned by intake, e.g. {@code PL-2026-000123}
 * @param channel             how the complaint reached the insurer
 * @param member              who complains and how to reach them (identifying fields sealed)
 * @param category            a code of the intake catalogue, e.g. {@code REIMBURSEMENT}
 * @param subject             the member's subject line, sealed
 * @param description         the member's account, sealed
 * @param product             the insurer's product concerned (a code of the channel's catalogue), when known
 * @param agency              the agency where the member is followed (or that recorded the complaint), when known
 * @param receivedAt          when the insurer received it through its channel; periods are counted from it
 * @param firstLineDueDate    the day by which the service in charge answers, in working days from receipt
 * @param possibleDuplicateOf an earlier complaint of the same member, same category and a similar text
 *                            within 30 days, for staff to check; null when there is none
 * @param kind                a complaint or a suggestion; absent (read as {@link SubmissionKind#COMPLAINT}) in
 *                            messages and events written before suggestions existed. A suggestion has no
 *                            first-line due date: no answer deadline applies to it
 */
public record ComplaintFile(
        String reference,
        Channel channel,
        MemberContact member,
        String category,
        SealedText subject,
        SealedText description,
        String product,
        String agency,
        Instant receivedAt,
        LocalDate firstLineDueDate,
        UUID possibleDuplicateOf,
        SubmissionKind kind) {

    public ComplaintFile {
        kind = SubmissionKind.orDefault(kind);
    }

    /** A complaint's file, as every file was before suggestions existed. */
    public ComplaintFile(String reference, Channel channel, MemberContact member, String category, SealedText subject,
                         SealedText description, String product, String agency, Instant receivedAt,
                         LocalDate firstLineDueDate, UUID possibleDuplicateOf) {
        this(reference, channel, member, category, subject, description, product, agency, receivedAt,
                firstLineDueDate, possibleDuplicateOf, SubmissionKind.COMPLAINT);
    }

    /** Whether the member made a suggestion: no answer deadline, no SLA timer, no escalation. */
    public boolean suggestion() {
        return kind == SubmissionKind.SUGGESTION;
    }

    /** The same file with its first-line due date set (for submissions sent before intake computed it). */
    public ComplaintFile withFirstLineDueDate(LocalDate dueDate) {
        return new ComplaintFile(reference, channel, member, category, subject, description, product, agency,
                receivedAt, dueDate, possibleDuplicateOf, kind);
    }
}
