package be.partenamut.complaints.office.casework.web;

import be.partenamut.complaints.contracts.Outcome;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

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
}
