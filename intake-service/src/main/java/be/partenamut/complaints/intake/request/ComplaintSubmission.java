package be.partenamut.complaints.intake.request;

import be.partenamut.complaints.contracts.Channel;
import be.partenamut.complaints.contracts.Language;
import be.partenamut.complaints.contracts.SubmissionKind;
import be.partenamut.complaints.intake.category.KnownCategory;
import be.partenamut.complaints.intake.member.NationalRegisterNumber;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * A complaint as a channel system submits it ({@code POST /api/v1/complaints}, or a message on
 * {@code complaints.channel-submissions.v1}), in one of two shapes:
 * <ul>
 *   <li><b>a new complaint</b> (no {@code reference}): category, subject and description;</li>
 *   <li><b>an escalation</b>: {@code addressee} {@code COMPLAINTS_SERVICE} and the {@code reference}
 *       of the member's complaint the first line answered; the description says why the member still
 *       disagrees. No category or subject: the complaint keeps its own.</li>
 * </ul>
 * Either new matter may be a suggestion ({@code kind} {@code SUGGESTION}) rather than a complaint: it
 * is identified, checked and registered the same way, goes to the department concerned, and has no
 * answer deadline. A suggestion cannot escalate anything.
 * Whether the member can be identified is a rule of the policy (a 422 {@code anonymous-complaint}),
 * not a matter of form: the member number with the names or a way to reach the member, or, for a
 * person who is not (yet) a member, both names and an email address.
 *
 * @param email required for the written channels that answer by email (web form, email); a blank
 *              address counts as none
 */
@EmailRequiredForWrittenChannels
@ConsistentSubmission
@Schema(description = "A complaint, or an escalation of an answered complaint (addressee COMPLAINTS_SERVICE with its reference).")
public record ComplaintSubmission(
        @Schema(description = "The channel the member used.", requiredMode = Schema.RequiredMode.REQUIRED)
        @NotNull Channel channel,
        @Schema(description = "The member number (9 to 13 digits), checked against the member registry when given."
                + " Optional for a person who is not (yet) a member, gives both names and an email address.",
                example = "100000001")
        @Pattern(regexp = "\\d{9,13}", message = "must be 9 to 13 digits") String memberNumber,
        @Schema(example = "Camille") @Size(max = 100) String firstName,
        @Schema(example = "Dubois") @Size(max = 100) String lastName,
        @Schema(description = "Required for WEB_FORM and EMAIL.", example = "camille.dubois@example.be")
        @Size(max = 254) @Email(regexp = "[^@\\s]+@[^@\\s]+\\.[^@\\s]+") String email,
        @Schema(description = "Optional Belgian national register number: 11 digits (separators . - and spaces"
                + " allowed), checked with its mod-97 check digits.", example = "85.07.30-033.28")
        @NationalRegisterNumber String nationalRegisterNumber,
        @Schema(description = "The member's language: every answer is written in it.", requiredMode = Schema.RequiredMode.REQUIRED)
        @NotNull Language language,
        @Schema(description = "FIRST_LINE (default) or COMPLAINTS_SERVICE. COMPLAINTS_SERVICE with a reference escalates"
                + " that complaint; without one, the matter goes to the first line first.")
        Addressee addressee,
        @Schema(description = "With addressee COMPLAINTS_SERVICE: the reference of the complaint to escalate.",
                example = "PL-2026-000123")
        @Size(max = 30) @Pattern(regexp = "PL-\\d{4}-\\d{6,9}", message = "must look like PL-2026-000123") String reference,
        @Schema(description = "A code of GET /api/v1/categories; required for a new complaint, absent for an escalation.",
                example = "REIMBURSEMENT")
        @KnownCategory String category,
        @Schema(description = "Required for a new complaint, absent for an escalation.")
        @Size(max = 200) String subject,
        @Schema(description = "What happened; for an escalation, why the member still disagrees. Stored as plain text.",
                requiredMode = Schema.RequiredMode.REQUIRED)
        @NotBlank @Size(max = 10_000) String description,
        @Schema(description = "Optional: the insurer's product concerned, as the channel knows it (routing may use it).",
                example = "HOSPITALISATION_PLUS")
        @Pattern(regexp = "[A-Z0-9][A-Z0-9_-]{0,59}", message = "must be a product code such as HOSPITALISATION_PLUS")
        String product,
        @Schema(description = "Optional: the agency following the member or recording the complaint (routing may use it).",
                example = "AGENCY-1080-MOLENBEEK")
        @Pattern(regexp = "[A-Z0-9][A-Z0-9_-]{0,59}", message = "must be an agency code such as AGENCY-1080-MOLENBEEK")
        String agency,
        @Schema(description = "For an escalation keyed in after it arrived (a letter, an email): when the complaints"
                + " service received it. The 21 working days count from this day. Absent: now. Refused (422"
                + " invalid-receipt-date) in the future or before the complaint's own receipt.",
                example = "2026-12-14T09:00:00+01:00")
        OffsetDateTime receivedAt,
        @Schema(description = "COMPLAINT (default) or SUGGESTION: a suggestion is acknowledged and passed to the department"
                + " concerned, without an answer deadline, and cannot be escalated.")
        SubmissionKind kind) {

    public ComplaintSubmission {
        memberNumber = blankToNull(memberNumber);
        firstName = blankToNull(firstName);
        lastName = blankToNull(lastName);
        email = email == null || email.isBlank() ? null : email.strip();
        nationalRegisterNumber = NationalRegisterNumber.Check.normalise(nationalRegisterNumber);
        reference = reference == null || reference.isBlank() ? null : reference.strip();
        // One instant, one form: a repeat giving it with another offset is the same request.
        receivedAt = receivedAt == null ? null : receivedAt.withOffsetSameInstant(ZoneOffset.UTC);
    }

    /** A complaint (not a suggestion) received now. */
    public ComplaintSubmission(Channel channel, String memberNumber, String firstName, String lastName, String email,
                               String nationalRegisterNumber, Language language, Addressee addressee, String reference,
                               String category, String subject, String description, String product, String agency) {
        this(channel, memberNumber, firstName, lastName, email, nationalRegisterNumber, language, addressee, reference,
                category, subject, description, product, agency, (OffsetDateTime) null, SubmissionKind.COMPLAINT);
    }

    /** A complaint (not a suggestion), received on {@code receivedAt} (null: now). */
    public ComplaintSubmission(Channel channel, String memberNumber, String firstName, String lastName, String email,
                               String nationalRegisterNumber, Language language, Addressee addressee, String reference,
                               String category, String subject, String description, String product, String agency,
                               OffsetDateTime receivedAt) {
        this(channel, memberNumber, firstName, lastName, email, nationalRegisterNumber, language, addressee, reference,
                category, subject, description, product, agency, receivedAt, SubmissionKind.COMPLAINT);
    }

    /** A complaint or a suggestion, received now. */
    public ComplaintSubmission(Channel channel, String memberNumber, String firstName, String lastName, String email,
                               String nationalRegisterNumber, Language language, Addressee addressee, String reference,
                               String category, String subject, String description, String product, String agency,
                               SubmissionKind kind) {
        this(channel, memberNumber, firstName, lastName, email, nationalRegisterNumber, language, addressee, reference,
                category, subject, description, product, agency, (OffsetDateTime) null, kind);
    }

    /** Without product or agency. */
    public ComplaintSubmission(Channel channel, String memberNumber, String firstName, String lastName, String email,
                               String nationalRegisterNumber, Language language, Addressee addressee, String reference,
                               String category, String subject, String description) {
        this(channel, memberNumber, firstName, lastName, email, nationalRegisterNumber, language, addressee, reference,
                category, subject, description, null, null);
    }

    /** A new first-line complaint, as channels sent it before escalations and national register numbers. */
    public ComplaintSubmission(Channel channel, String memberNumber, String firstName, String lastName, String email,
                               Language language, String category, String subject, String description) {
        this(channel, memberNumber, firstName, lastName, email, null, language, null, null, category, subject,
                description);
    }

    /** Whether the member must have given an email address on this channel. */
    public static boolean requiresEmail(Channel channel) {
        return channel == Channel.WEB_FORM || channel == Channel.EMAIL;
    }

    /** An escalation of the complaint named by {@link #reference()}. */
    public boolean escalates() {
        return reference != null;
    }

    /** What the member brings; a complaint unless the channel said otherwise. */
    public SubmissionKind submissionKind() {
        return SubmissionKind.orDefault(kind);
    }

    /** A suggestion rather than a complaint. */
    public boolean suggests() {
        return submissionKind() == SubmissionKind.SUGGESTION;
    }

    /** Addressed to the complaints service, whether it names a complaint or not. */
    public boolean addressedToComplaintsService() {
        return addressee == Addressee.COMPLAINTS_SERVICE;
    }

    /** Both names, which with a way to reach the member make the complaint not anonymous. */
    public boolean hasNames() {
        return firstName != null && lastName != null;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }
}
