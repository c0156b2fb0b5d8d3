package be.partenamut.complaints.contracts.channel;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

/**
 * What a channel system reads back on {@link be.partenamut.complaints.contracts.Topics#CHANNEL_SUBMISSION_OUTCOMES},
 * keyed by the key of its submission: the receipt the REST API answers with 202, or the problem it
 * answers with.
 *
 * @param type           {@value #ACCEPTED} or {@value #REFUSED}
 * @param idempotencyKey the submission's idempotency key, as sent (or derived from the record's position
 *                       when none was sent)
 * @param status         the HTTP status the REST API gives the same submission (202, 400, 413, 422)
 * @param receipt        for an accepted submission
 * @param problem        for a refused one: RFC 9457 problem details, as the REST API's body
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ChannelSubmissionOutcome(String type, String idempotencyKey, String correlationId, Instant decidedAt,
                                       int status, Receipt receipt, Map<String, Object> problem) {

    public static final String ACCEPTED = "SubmissionAccepted";
    public static final String REFUSED = "SubmissionRefused";

    public boolean accepted() {
        return ACCEPTED.equals(type);
    }

    /**
     * @param answerDueBy the day by which the member has an answer
     * @param handledBy   {@code FIRST_LINE} or {@code COMPLAINTS_SERVICE}
     * @param notice      what the member should know about how it is handled, in their language
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Receipt(UUID complaintId, String reference, Instant receivedAt, LocalDate answerDueBy,
                          String handledBy, String notice) {
    }
}
