package be.partenamut.complaints.localstack.infra;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

import java.util.Arrays;
import java.util.List;

/**
 * A real SMTP server (GreenMail) that accepts every message and keeps it, so the local stack and
 * the tests can see exactly what a member would have received.
 */
public final class SmtpServer implements AutoCloseable {

    private final GreenMail greenMail;
    private final int port;

    private SmtpServer(GreenMail greenMail, int port) {
        this.greenMail = greenMail;
        this.port = port;
    }

    /** Starts listening on {@code port} (0: any free port). */
    public static SmtpServer start(int port) {
        int actualPort = FreePorts.orFree(port);
        GreenMail greenMail = new GreenMail(new ServerSetup(actualPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        greenMail.start();
        return new SmtpServer(greenMail, actualPort);
    }

    public int port() {
        return port;
    }

    public String host() {
        return "127.0.0.1";
    }

    public List<MimeMessage> receivedMessages() {
        return Arrays.asList(greenMail.getReceivedMessages());
    }

    /** The messages addressed to {@code recipient} (a bare address; display names are ignored), oldest first. */
    public List<MimeMessage> messagesTo(String recipient) {
        return receivedMessages().stream().filter(message -> isAddressedTo(message, recipient)).toList();
    }

    private static boolean isAddressedTo(MimeMessage message, String recipient) {
        try {
            return message.getAllRecipients() != null && Arrays.stream(message.getAllRecipients())
                    .anyMatch(address -> address instanceof InternetAddress internet
                            && internet.getAddress().equalsIgnoreCase(recipient));
        } catch (MessagingException e) {
            return false;
        }
    }

    @Override
    public void close() {
        greenMail.stop();
    }
}
