package be.partenamut.complaints.notification;

import be.partenamut.complaints.localstack.infra.SmtpServer;
import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import org.awaitility.Awaitility;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;

/** Reads what a member received on the shared SMTP server. */
public final class Mailbox {

    private Mailbox() {
    }

    /** Waits until at least one message reached {@code address}, and returns all that did. */
    public static List<MimeMessage> awaitMessagesTo(SmtpServer smtp, String address, Duration timeout) {
        return await("a mail to " + address, timeout, () -> smtp.messagesTo(address));
    }

    /** Waits until a message whose subject holds {@code subjectPart} reached {@code address}, and returns all such. */
    public static List<MimeMessage> awaitMessagesTo(SmtpServer smtp, String address, String subjectPart,
                                                    Duration timeout) {
        return await("a mail about '" + subjectPart + "' to " + address, timeout,
                () -> messagesTo(smtp, address, subjectPart));
    }

    private static List<MimeMessage> await(String what, Duration timeout, Callable<List<MimeMessage>> received) {
        return Awaitility.await(what).atMost(timeout).pollInterval(Duration.ofMillis(100))
                .until(received, messages -> !messages.isEmpty());
    }

    /** The messages to {@code address} whose subject holds {@code subjectPart}: a shared mailbox gets many. */
    public static List<MimeMessage> messagesTo(SmtpServer smtp, String address, String subjectPart) {
        return smtp.messagesTo(address).stream().filter(message -> subject(message).contains(subjectPart)).toList();
    }

    public static String subject(MimeMessage message) {
        try {
            return String.valueOf(message.getSubject());
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    public static String text(MimeMessage message) throws MessagingException, IOException {
        return part(message, "text/plain");
    }

    public static String html(MimeMessage message) throws MessagingException, IOException {
        return part(message, "text/html");
    }

    private static String part(Part part, String mimeType) throws MessagingException, IOException {
        if (part.isMimeType(mimeType)) {
            return (String) part.getContent();
        }
        if (part.isMimeType("multipart/*")) {
            Multipart multipart = (Multipart) part.getContent();
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart child = multipart.getBodyPart(i);
                String found = part(child, mimeType);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }
}
