package be.partenamut.complaints.contracts.deliveries;

import be.partenamut.complaints.contracts.ContractMessage;
import be.partenamut.complaints.contracts.MessageMetadata;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

/** What the notification service tells the complaints office on {@link be.partenamut.complaints.contracts.Topics#DELIVERIES}. */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "type",
        defaultImpl = UnknownDeliveryMessage.class)
@JsonSubTypes({
        @JsonSubTypes.Type(value = DeliveryStatusChanged.class, name = "DeliveryStatusChanged")
})
public sealed interface DeliveryMessage extends ContractMessage permits UnknownDeliveryMessage, DeliveryStatusChanged {

    @Override
    MessageMetadata metadata();

    /** Hands the message to the visitor's method for its type. */
    <R> R accept(Visitor<R> visitor);

    /**
     * One method per type of message, unknown ones included: a handler implements them all, so a new
     * type of message does not compile until every handler says what it does with it.
     */
    interface Visitor<R> {

        R visit(UnknownDeliveryMessage message);

        R visit(DeliveryStatusChanged message);
    }
}
