package be.partenamut.complaints.office.casework.web;

import be.partenamut.complaints.contracts.Channel;
import be.partenamut.complaints.contracts.DeclineReason;
import be.partenamut.complaints.contracts.Language;
import be.partenamut.complaints.contracts.OralFirstLineContact;
import be.partenamut.complaints.contracts.Outcome;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Future;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * The bodies of the staff commands, validated before any command is sent. Each may name the version of the
 * complaint its sender saw ({@code expectedVersion}, optional; see {@link ExpectedVersion}).
 */
final class StaffRequests {

    static final int LONG_TEXT = 10_000;
    static final int SHORT_TEXT = 2_000;

    private StaffRequests() {
    }

    record FirstLineAnswer(@NotBlank @Size(max = LONG_TEXT) String answer, Long expectedVersion) {
    }

    /**
     * @param escalationReceivedAt when the complaints service received the member's request (a
     *                             letter may be registered days later); now when absent; one in the future or
     *                             before the complaint's receipt is refused (422 invalid-receipt-date)
     */
    record Escalation(@NotBlank @Size(max = SHORT_TEXT) String reason,
                      OffsetDateTime escalationReceivedAt,
                      Long expectedVersion) {
    }

    record Reroute(
            @NotBlank @Pattern(regexp = "[A-Z][A-Z0-9_]{1,59}", message = "must be a department code such as HEALTHCARE_REIMBURSEMENTS")
            String department,
            Long expectedVersion) {
    }

    record Instruction(@NotBlank @Size(max = LONG_TEXT) String findings, Long expectedVersion) {
    }

    record ComplaintsServiceAnswer(@NotNull Outcome outcome, @NotBlank @Size(max = LONG_TEXT) String answer,
                                   Long expectedVersion) {
    }

    /**
     * @param department           one of the departments a recommendation may be addressed to (422
     *                             {@code unknown-department} otherwise)
     * @param motivatingReferences the references of the other complaints that motivated it (optional; 422
     *                             {@code unknown-complaint-reference} for one the office does not know)
     */
    record Recommendation(
            @NotBlank @Pattern(regexp = "[A-Z][A-Z0-9_]{1,59}", message = "must be a department code such as HEALTHCARE_REIMBURSEMENTS")
            String department,
            @NotBlank @Size(max = SHORT_TEXT) String recommendation,
            @Size(max = 50) List<@NotBlank @Size(max = 100) String> motivatingReferences,
            Long expectedVersion) {
    }

    /**
     * @param reason       why the complaints service's result is late, as the member reads it
     * @param expectedDate the working day by which the result is now expected (the complaint refuses a day that is
     *                     not a working day after today: {@code expected-date-not-ahead})
     */
    record InterimMessage(@NotBlank @Size(max = SHORT_TEXT) String reason,
                          @NotNull @Future LocalDate expectedDate,
                          Long expectedVersion) {
    }

    /**
     * @param reason      {@code NOT_ABOUT_OUR_SERVICES} or {@code MEDICAL_ADVISOR} (the reasons intake declines
     *                    submissions for; {@code ANONYMOUS} is refused: a registered complaint has a member)
     * @param explanation why, as the member reads it
     */
    record Decline(@NotNull DeclineReason reason, @NotBlank @Size(max = SHORT_TEXT) String explanation,
                   Long expectedVersion) {
    }

    /**
     * @param department the department asked, a code of {@code GET /api/v1/departments} other than the complaints
     *                   service's
     */
    record InputRequest(
            @NotBlank @Pattern(regexp = "[A-Z][A-Z0-9_]{1,59}", message = "must be a department code such as HEALTHCARE_REIMBURSEMENTS")
            String department,
            @NotBlank @Size(max = SHORT_TEXT) String question,
            Long expectedVersion) {
    }

    record InputReply(@NotBlank @Size(max = LONG_TEXT) String reply, Long expectedVersion) {
    }

    /** The department accepts a recommendation; the body is optional (only to send the version seen). */
    record RecommendationAcceptance(Long expectedVersion) {
    }

    record RecommendationRejection(@NotBlank @Size(max = SHORT_TEXT) String reason, Long expectedVersion) {
    }

    /**
     * @param implementedOn the day the change took effect; the complaint refuses one in the future or before the
     *                      acceptance (counted in Europe/Brussels, as its calendar counts days: not here, where the
     *                      validator's clock would count them in the server's zone)
     */
    record RecommendationImplementation(@NotNull LocalDate implementedOn, Long expectedVersion) {
    }

    /** @param reason optional: a complaint whose personal data is erased can still be closed without one */
    record Closure(@Size(max = SHORT_TEXT) String reason, Long expectedVersion) {
    }

    /**
     * A member who spoke to the first line orally, registered with the escalation at once.
     *
     * @param channel    how the request reached the complaints service
     * @param receivedAt when the complaints service received it; now when absent
     */
    record EscalatedComplaintRegistration(
            @NotBlank @Pattern(regexp = "\\d{9,13}", message = "must be 9 to 13 digits") String memberNumber,
            @NotBlank @Size(max = 100) String firstName,
            @NotBlank @Size(max = 100) String lastName,
            @Size(max = 254) @Email(regexp = "[^@\\s]+@[^@\\s]+\\.[^@\\s]+") String email,
            @NotNull Language language,
            @NotNull Channel channel,
            @NotBlank @Pattern(regexp = "[A-Z][A-Z0-9_]{1,59}", message = "must be a category code such as REIMBURSEMENT")
            String category,
            @NotBlank @Size(max = 200) String subject,
            @NotBlank @Size(max = LONG_TEXT) String description,
            @NotBlank @Size(max = SHORT_TEXT) String reason,
            OffsetDateTime receivedAt,
            @NotNull @Valid OralContact oralFirstLineContact) {
    }

    /** When and where the member spoke to the first line. */
    record OralContact(@NotNull LocalDate on, @NotNull OralFirstLineContact.Place place) {
    }
}
