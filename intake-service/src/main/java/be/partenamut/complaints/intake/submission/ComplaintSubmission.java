package be.partenamut.complaints.intake.submission;

import be.partenamut.complaints.contracts.Channel;
import be.partenamut.complaints.contracts.Language;
import be.partenamut.complaints.intake.category.KnownCategory;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A complaint as a channel system submits it ({@code POST /api/v1/complaints}). The policy treats
 * no anonymous complaint: the member number and the member's names are required.
 *
 * @param email required for the written channels that answer by email (web form, email); a blank
 *              address counts as none
 */
@EmailRequiredForWrittenChannels
public record ComplaintSubmission(
        @NotNull Channel channel,
        @NotNull @Pattern(regexp = "\\d{9,13}", message = "must be 9 to 13 digits") String memberNumber,
        @NotBlank @Size(max = 100) String firstName,
        @NotBlank @Size(max = 100) String lastName,
        @Size(max = 254) @Email(regexp = "[^@\\s]+@[^@\\s]+\\.[^@\\s]+") String email,
        @NotNull Language language,
        @NotBlank @KnownCategory String category,
        @NotBlank @Size(max = 200) String subject,
        @NotBlank @Size(max = 10_000) String description) {

    public ComplaintSubmission {
        email = email == null || email.isBlank() ? null : email.strip();
    }

    /** Whether the member must have given an email address on this channel. */
    public static boolean requiresEmail(Channel channel) {
        return channel == Channel.WEB_FORM || channel == Channel.EMAIL;
    }
}
