package be.partenamut.complaints.contracts.submissions;

import be.partenamut.complaints.contracts.ContractMessage;
import be.partenamut.complaints.contracts.MessageMetadata;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

/** What intake hands to the complaints office on {@link be.partenamut.complaints.contracts.Topics#SUBMISSIONS}. */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "type",
        defaultImpl = UnknownSubmission.class)
@JsonSubTypes({
        @JsonSubTypes.Type(value = ComplaintSubmitted.class, name = "ComplaintSubmitted"),
        @JsonSubTypes.Type(value = EscalationRequested.class, name = "EscalationRequested"),
        @JsonSubTypes.Type(value = SubmissionDeclined.class, name = "SubmissionDeclined")
})
public sealed interface SubmissionMessage extends ContractMessage permits UnknownSubmission, ComplaintSubmitted,
        EscalationRequested, SubmissionDeclined {

    @Override
    MessageMetadata metadata();

    /** Hands the message to the visitor's method for its type. */
    <R> R accept(Visitor<R> visitor);

    /**
     * One method per type of message, unknown ones included: a handler implements them all, so a new
     * type of message does not compile until every handler says what it does with it.
     */
    interface Visitor<R> {

        R visit(UnknownSubmission message);

        R visit(ComplaintSubmitted message);

        R visit(EscalationRequested message);

        R visit(SubmissionDeclined message);
    }
}
