package be.partenamut.complaints.notification.delivery;

import jakarta.mail.SendFailedException;
import org.junit.jupiter.api.Test;
import org.springframework.mail.MailSendException;

import static org.assertj.core.api.Assertions.assertThat;

class DeliveryErrorsTest {

    @Test
    void namesEveryCauseButNoAddress() {
        MailSendException failure = new MailSendException("Mail server rejected the message",
                new SendFailedException("550 5.1.1 <sophie.peeters@example.be>: Recipient address rejected"));

        String description = DeliveryErrors.describe(failure);

        assertThat(description)
                .contains("MailSendException: Mail server rejected the message",
                        "SendFailedException: 550 5.1.1 <<address>>: Recipient address rejected")
                .doesNotContain("sophie.peeters", "example.be");
    }

    @Test
    void keepsTheDescriptionShortEnoughForTheLog() {
        String description = DeliveryErrors.describe(new IllegalStateException("x".repeat(5000)));

        assertThat(description).hasSize(DeliveryErrors.MAX_LENGTH);
    }
}
