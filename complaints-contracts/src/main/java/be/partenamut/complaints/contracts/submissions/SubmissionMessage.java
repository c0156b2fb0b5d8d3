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
}
