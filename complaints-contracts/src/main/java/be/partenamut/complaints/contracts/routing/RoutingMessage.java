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
        @JsonSubTypes.Type(value = SlaWarningRaised.class, name = "SlaWarningRaised"),
        @JsonSubTypes.Type(value = SlaBreached.class, name = "SlaBreached")
})
public sealed interface RoutingMessage extends ContractMessage permits UnknownRoutingMessage, DepartmentAssigned,
        SlaWarningRaised, SlaBreached {

    @Override
    MessageMetadata metadata();
}
