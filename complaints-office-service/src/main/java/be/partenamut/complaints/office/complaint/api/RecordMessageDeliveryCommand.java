package be.partenamut.complaints.office.complaint.api;

import be.partenamut.complaints.contracts.deliveries.DeliveryChannel;
import be.partenamut.complaints.contracts.deliveries.DeliveryStatus;
import be.partenamut.complaints.contracts.deliveries.RecipientKind;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.UUID;

/** The notification service reports what became of a message about the complaint. */
public record RecordMessageDeliveryCommand(
        @TargetAggregateIdentifier ComplaintId complaintId,
        UUID notificationId,
        String messageType,
        RecipientKind recipient,
        DeliveryChannel channel,
        DeliveryStatus status) {
}
