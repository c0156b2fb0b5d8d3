package be.partenamut.complaints.notification.delivery;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param from            the sender members see, e.g. {@code Partenamut <plaintes@partenamut.be>};
 *                        checked at start-up, so a typo stops the service instead of every mail
 * @param messageIdDomain the right-hand side of the {@code Message-ID} of every mail
 */
@ConfigurationProperties("complaints.notification")
public record NotificationProperties(
        @DefaultValue("Partenamut <plaintes@partenamut.be>") String from,
        @DefaultValue("complaints.partenamut.be") String messageIdDomain) {

    public NotificationProperties {
        try {
            new InternetAddress(from, true).validate();
        } catch (AddressException e) {
            throw new IllegalArgumentException("complaints.notification.from is not a mail address: " + e.getMessage(), e);
        }
    }

    public InternetAddress fromAddress() {
        try {
            return new InternetAddress(from, true);
        } catch (AddressException e) {
            throw new IllegalStateException(e);
        }
    }
}
