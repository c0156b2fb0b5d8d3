package be.partenamut.complaints.intake.request;

import be.partenamut.complaints.contracts.channel.ChannelSubmissionOutcome;
import be.partenamut.complaints.contracts.SubmissionKind;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.Schema;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * What the channel gets back for an accepted submission, the same every time it repeats it.
 *
 * @param complaintId the complaint (for an escalation: the escalated complaint)
 * @param reference   what the member quotes
 * @param receivedAt  when intake received it; periods count from this day
 * @param answerDueBy the day by which the member has an answer (working days from receipt, Belgian
 *                    calendar); null for complaints registered before due dates were given
 * @param handledBy   who answers: the first line, or the complaints service for an escalation
 * @param notice      what the member should know about how it is handled, in their language; absent when nothing
 * @param kind        a complaint or a suggestion (which has no answer deadline); absent for an escalation
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(description = "The complaint is handed to the complaints office and will be registered under this id and reference.")
public record SubmissionReceipt(
        UUID complaintId,
        @Schema(example = "PL-2026-000123") String reference,
        Instant receivedAt,
        @Schema(description = "The day by which the member has an answer.", example = "2026-12-09") LocalDate answerDueBy,
        Addressee handledBy,
        @Schema(description = "How the request is handled, in the member's language, when there is something to say"
                + " (a matter passed to the first line first; an escalation and its period).") String notice,
        @Schema(description = "COMPLAINT or SUGGESTION (no answerDueBy: no answer deadline applies); absent for an escalation.")
        SubmissionKind kind) {

    /** The receipt as channel systems read it on Kafka. */
    public ChannelSubmissionOutcome.Receipt toContract() {
        return new ChannelSubmissionOutcome.Receipt(complaintId, reference, receivedAt, answerDueBy,
                handledBy == null ? null : handledBy.name(), notice);
    }

    public SubmissionReceipt withNotice(String text) {
        return new SubmissionReceipt(complaintId, reference, receivedAt, answerDueBy, handledBy, text, kind);
    }

    /** Whether the member made a suggestion. */
    @JsonIgnore
    public boolean suggestion() {
        return kind == SubmissionKind.SUGGESTION;
    }
}
