package be.partenamut.complaints.contracts.routing;

import be.partenamut.complaints.contracts.ContractMessage;
import be.partenamut.complaints.contracts.MessageMetadata;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

/** What the routing service tells the complaints office on {@link be.partenamut.complaints.contracts.Topics#ROUTING}. */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "type",
        defaultImpl = UnknownRoutingMessage.class)
@JsonSubTypes({
        @JsonSubTypes.Type(value = DepartmentAssigned.class, name = "DepartmentAssigned"),
        // Written under its name; the former name is still read (messages published before the rename).
        @JsonSubTypes.Type(value = SlaWarned.class, name = "SlaWarned", names = "SlaWarningRaised"),
        @JsonSubTypes.Type(value = SlaBreached.class, name = "SlaBreached")
})
public sealed interface RoutingMessage extends ContractMessage permits UnknownRoutingMessage, DepartmentAssigned,
        SlaWarned, SlaBreached {

    @Override
    MessageMetadata metadata();

    /** Hands the message to the visitor's method for its type. */
    <R> R accept(Visitor<R> visitor);

    /**
     * One method per type of message, unknown ones included: a handler implements them all, so a new
     * type of message does not compile until every handler says what it does with it.
     */
    interface Visitor<R> {

        R visit(UnknownRoutingMessage message);

        R visit(DepartmentAssigned message);

        R visit(SlaWarned message);

        R visit(SlaBreached message);
    }
}
