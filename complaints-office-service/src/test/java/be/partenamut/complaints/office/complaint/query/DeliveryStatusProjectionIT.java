package be.partenamut.complaints.office.complaint.query;

import be.partenamut.complaints.contracts.MessageMetadata;
import be.partenamut.complaints.contracts.deliveries.DeliveryChannel;
import be.partenamut.complaints.contracts.deliveries.DeliveryStatus;
import be.partenamut.complaints.contracts.deliveries.DeliveryStatusChanged;
import be.partenamut.complaints.contracts.deliveries.RecipientKind;
import be.partenamut.complaints.office.OfficeIntegrationTest;
import be.partenamut.complaints.office.complaint.api.ComplaintId;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Each message shows the status the notification service reached last, whatever order the statuses arrive in. */
class DeliveryStatusProjectionIT extends OfficeIntegrationTest {

    private static final Instant FAILED_AT = Instant.now().truncatedTo(ChronoUnit.MILLIS).minusSeconds(3600);
    private static final Instant SENT_AT = FAILED_AT.plusSeconds(600);

    @Autowired
    DeliveryStatusProjection deliveries;

    private final ComplaintId complaint = ComplaintId.of(UUID.randomUUID());
    private final UUID notification = UUID.randomUUID();

    @Test
    void showsTheNewerStatusOnceItArrives() {
        deliveries.record(status(notification, DeliveryStatus.FAILED, FAILED_AT));
        deliveries.record(status(notification, DeliveryStatus.SENT, SENT_AT));

        assertThat(deliveries.messagesOf(complaint)).containsExactly(message(notification, DeliveryStatus.SENT, SENT_AT));
    }

    @Test
    void keepsTheNewerStatusWhenAnOlderOneArrivesLate() {
        deliveries.record(status(notification, DeliveryStatus.SENT, SENT_AT));
        deliveries.record(status(notification, DeliveryStatus.FAILED, FAILED_AT));

        assertThat(deliveries.messagesOf(complaint)).containsExactly(message(notification, DeliveryStatus.SENT, SENT_AT));
    }

    @Test
    void showsARedeliveredStatusOnce() {
        deliveries.record(status(notification, DeliveryStatus.SENT, SENT_AT));
        deliveries.record(status(notification, DeliveryStatus.SENT, SENT_AT));

        assertThat(deliveries.messagesOf(complaint)).containsExactly(message(notification, DeliveryStatus.SENT, SENT_AT));
    }

    @Test
    void listsOnlyTheComplaintsOwnMessagesTheLatestChangeLast() {
        UUID earlier = UUID.randomUUID();
        deliveries.record(status(notification, DeliveryStatus.SENT, SENT_AT));
        deliveries.record(status(earlier, DeliveryStatus.QUEUED_FOR_PRINT, FAILED_AT));
        deliveries.record(new DeliveryStatusChanged(metadata(UUID.randomUUID(), SENT_AT), UUID.randomUUID(),
                "ACKNOWLEDGEMENT", RecipientKind.MEMBER, DeliveryChannel.EMAIL, DeliveryStatus.SENT));

        assertThat(deliveries.messagesOf(complaint)).extracting(ComplaintDetails.Message::notificationId)
                .containsExactly(earlier, notification);
    }

    private DeliveryStatusChanged status(UUID notificationId, DeliveryStatus status, Instant at) {
        return new DeliveryStatusChanged(metadata(complaint.value(), at), notificationId, "FIRST_LINE_ANSWER",
                RecipientKind.MEMBER, DeliveryChannel.EMAIL, status);
    }

    private static ComplaintDetails.Message message(UUID notificationId, DeliveryStatus status, Instant at) {
        return new ComplaintDetails.Message(notificationId, "FIRST_LINE_ANSWER", RecipientKind.MEMBER,
                DeliveryChannel.EMAIL, status, at);
    }

    private static MessageMetadata metadata(UUID complaintId, Instant at) {
        return MessageMetadata.of(UUID.randomUUID(), complaintId, at, "corr-" + complaintId, null);
    }
}
