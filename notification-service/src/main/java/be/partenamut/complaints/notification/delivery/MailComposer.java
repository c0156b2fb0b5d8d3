package be.partenamut.complaints.notification.delivery;

import be.partenamut.complaints.notification.message.Delivery;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Date;

/** Builds the mail of a delivery: the same {@code Message-ID} at every attempt, derived from the delivery id. */
@Component
class MailComposer {

    private final JavaMailSender mailSender;
    private final NotificationProperties properties;

    MailComposer(JavaMailSender mailSender, NotificationProperties properties) {
        this.mailSender = mailSender;
        this.properties = properties;
    }

    /**
     * @throws MessagingException       when the message cannot be built
     * @throws IllegalArgumentException when the address is not one
     */
    MimeMessage compose(Delivery delivery, String address, String text, String html, Instant now)
            throws MessagingException {
        Session session = mailSender.createMimeMessage().getSession();
        MimeMessage message = new StableIdMimeMessage(session,
                "<" + delivery.deliveryId() + "@" + properties.messageIdDomain() + ">");
        MimeMessageHelper helper = new MimeMessageHelper(message, html != null, StandardCharsets.UTF_8.name());
        helper.setFrom(properties.fromAddress());
        helper.setTo(new InternetAddress(address, true));
        helper.setSubject(delivery.subject());
        if (html != null) {
            helper.setText(text, html);
        } else {
            helper.setText(text);
        }
        helper.setSentDate(Date.from(now));
        message.setHeader("Content-Language", delivery.language() == null ? "fr, nl" : delivery.language().code());
        // RFC 3834: an automatic message, so out-of-office replies are not sent back to the complaints service.
        message.setHeader("Auto-Submitted", "auto-generated");
        return message;
    }

    void send(MimeMessage message) {
        mailSender.send(message);
    }

    /** Keeps the Message-ID it is given instead of making a new one at each send. */
    private static final class StableIdMimeMessage extends MimeMessage {

        private final String messageId;

        StableIdMimeMessage(Session session, String messageId) {
            super(session);
            this.messageId = messageId;
        }

        @Override
        protected void updateMessageID() throws MessagingException {
            setHeader("Message-ID", messageId);
        }
    }
}
