package be.partenamut.complaints.notification.declined;

import be.partenamut.complaints.contracts.deliveries.DeliveryChannel;
import be.partenamut.complaints.notification.delivery.SentMessageListener;
import be.partenamut.complaints.notification.message.Delivery;
import be.partenamut.complaints.personaldata.PersonalData;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The member was told why their submission is not handled: the key of that submission's contact is
 * destroyed, so nothing personal of a declined submission outlives its message. (What is never told is
 * shredded by {@link DeclinedSubmissionRetention}.)
 */
@Component
class DeclinedSubmissionShredding implements SentMessageListener {

    private static final Logger log = LoggerFactory.getLogger(DeclinedSubmissionShredding.class);

    private final PersonalData personalData;

    DeclinedSubmissionShredding(PersonalData personalData) {
        this.personalData = personalData;
    }

    @Override
    public void sent(Delivery delivery) {
        if (delivery.type().aboutADeclinedSubmission() && personalData.vault().expire(delivery.complaintId())) {
            log.info("Declined submission {}: member told by {}, its contact shredded", delivery.complaintId(),
                    delivery.channel() == DeliveryChannel.LETTER ? "letter" : "mail");
        }
    }
}
