package be.partenamut.complaints.office.casework.web;

import be.partenamut.complaints.contracts.Channel;
import be.partenamut.complaints.contracts.Language;
import be.partenamut.complaints.contracts.OralFirstLineContact;
import be.partenamut.complaints.contracts.Outcome;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;
import java.time.OffsetDateTime;

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

    record Recommendation(
            @NotBlank @Pattern(regexp = "[A-Z][A-Z0-9_]{1,59}", message = "must be a department code such as HEALTHCARE_REIMBURSEMENTS")
            String department,
            @NotBlank @Size(max = SHORT_TEXT) String recommendation,
            Long expectedVersion) {
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
