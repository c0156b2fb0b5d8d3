package be.partenamut.complaints.notification.delivery;

import jakarta.mail.Address;
import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import org.eclipse.angus.mail.smtp.SMTPAddressFailedException;
import org.eclipse.angus.mail.smtp.SMTPSendFailedException;
import org.eclipse.angus.mail.smtp.SMTPSenderFailedException;
import org.eclipse.angus.mail.util.MailConnectException;
import org.eclipse.angus.mail.util.SocketConnectException;
import org.junit.jupiter.api.Test;
import org.springframework.mail.MailAuthenticationException;
import org.springframework.mail.MailSendException;

import java.io.IOException;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The exceptions as Spring's {@code JavaMailSenderImpl} and Jakarta Mail (Angus) build them: a failure of
 * the message in the map of failed messages, JavaMail's per-recipient replies chained behind a
 * {@link SendFailedException} (what a stopped GreenMail and one refusing a recipient produce in
 * {@code MailDeliveryFailureIT}).
 */
class MailFailureTest {

    private static final Object MESSAGE = new Object();

    @Test
    void waitsForAServerThatCannotBeReached() throws Exception {
        MailConnectException refused = new MailConnectException(new SocketConnectException(
                "Couldn't connect", new ConnectException("Connection refused"), "127.0.0.1", 25, 1000));

        assertThat(MailFailure.of(new MailSendException("Mail server connection failed", refused,
                Map.of(MESSAGE, refused)))).isEqualTo(MailFailure.SERVER_UNAVAILABLE);
        assertThat(MailFailure.of(failed(new MessagingException("Exception reading response",
                new SocketTimeoutException("Read timed out"))))).isEqualTo(MailFailure.SERVER_UNAVAILABLE);
        assertThat(MailFailure.of(failed(new MessagingException("IOException while sending message",
                new IOException("Broken pipe"))))).isEqualTo(MailFailure.SERVER_UNAVAILABLE);
    }

    @Test
    void waitsForAServerThatSaysNotNow() throws Exception {
        assertThat(MailFailure.of(failed(recipientRefused(450, "450 4.2.1 Mailbox busy"))))
                .isEqualTo(MailFailure.SERVER_UNAVAILABLE);
        assertThat(MailFailure.of(failed(contentRefused(451, "451 Requested action aborted: local error"))))
                .isEqualTo(MailFailure.SERVER_UNAVAILABLE);
    }

    @Test
    void waitsForOperationsWhenTheServerRefusesTheServiceItself() throws Exception {
        assertThat(MailFailure.of(new MailAuthenticationException(new AuthenticationFailedException("535 5.7.8"))))
                .isEqualTo(MailFailure.SERVER_UNAVAILABLE);
        assertThat(MailFailure.of(failed(new SMTPSenderFailedException(new InternetAddress("plaintes@partenamut.be"),
                "MAIL FROM", 553, "553 5.7.1 Sender address rejected"))))
                .isEqualTo(MailFailure.SERVER_UNAVAILABLE);
    }

    @Test
    void countsARefusalOfTheRecipientOrTheMessage() throws Exception {
        assertThat(MailFailure.of(failed(recipientRefused(550, "550 5.1.1 User unknown"))))
                .isEqualTo(MailFailure.REFUSED);
        assertThat(MailFailure.of(failed(recipientRefused(500, "500 Command too long"))))
                .isEqualTo(MailFailure.REFUSED);
        assertThat(MailFailure.of(failed(contentRefused(552, "552 5.3.4 Message size exceeds fixed limit"))))
                .isEqualTo(MailFailure.REFUSED);
        assertThat(MailFailure.of(failed(new AddressException("Local address contains control or whitespace"))))
                .isEqualTo(MailFailure.REFUSED);
    }

    /** As JavaMail reports recipients refused at RCPT: "Invalid Addresses", the server's reply chained behind. */
    private static SendFailedException recipientRefused(int code, String reply) throws AddressException {
        InternetAddress recipient = new InternetAddress("member@example.be");
        return new SendFailedException("Invalid Addresses",
                new SMTPAddressFailedException(recipient, "RCPT TO:<member@example.be>", code, reply),
                new Address[0], new Address[0], new Address[] {recipient});
    }

    private static SMTPSendFailedException contentRefused(int code, String reply) {
        return new SMTPSendFailedException("DATA", code, reply, null, new Address[0], new Address[0], new Address[0]);
    }

    private static MailSendException failed(Exception failure) {
        return new MailSendException(Map.of(MESSAGE, failure));
    }
}
