package be.partenamut.complaints.localstack.infra;

import com.icegreen.greenmail.user.MessageDeliveryHandler;
import com.icegreen.greenmail.user.UserManager;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;

/**
 * A real SMTP server (GreenMail) that accepts every message and keeps it, so the local stack and
 * the tests can see exactly what a member would have received.
 */
public final class SmtpServer implements AutoCloseable {

    private final GreenMail greenMail;

    private SmtpServer(GreenMail greenMail) {
        this.greenMail = greenMail;
    }

    /** Starts listening on {@code port}; 0 lets the server bind any free port, which {@link #port()} then tells. */
    public static SmtpServer start(int port) {
        return start(port, message -> { });
    }

    /**
     * Starts listening on {@code port} (0: any free port) and hands each message it receives to
     * {@code onReceived}: once per SMTP transaction, however many recipients it names, in the
     * connection's own thread before the sender is told the message was accepted. A listener must
     * therefore be quick; a listener that fails does not stop the message being delivered.
     */
    public static SmtpServer start(int port, Consumer<MimeMessage> onReceived) {
        // Binding port 0 itself (instead of probing a free port and releasing it) leaves no moment
        // in which another process could take the port first.
        GreenMail greenMail = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        // Installed before the server listens, so no message can arrive unseen.
        UserManager users = greenMail.getUserManager();
        users.setMessageDeliveryHandler(onceEachTransaction(users.getMessageDeliveryHandler(), onReceived));
        greenMail.start();
        return new SmtpServer(greenMail);
    }

    /**
     * GreenMail calls its delivery handler once for each recipient of a transaction, with that
     * transaction's one message and the recipients it iterates over. The listener hears of the
     * message at its first recipient; every recipient then gets it from GreenMail's own handler,
     * which creates the mailbox on first use (what {@link #messagesTo} reads).
     */
    private static MessageDeliveryHandler onceEachTransaction(MessageDeliveryHandler mailboxes,
                                                              Consumer<MimeMessage> onReceived) {
        return (message, recipient) -> {
            if (recipient.equals(message.getToAddresses().iterator().next())) {
                try {
                    onReceived.accept(message.getMessage());
                } catch (RuntimeException e) {
                    System.err.println("A listener of received mail failed: " + e);
                }
            }
            return mailboxes.handle(message, recipient);
        };
    }

    /** The port the server listens on: the one asked for, or the one it bound when asked for 0. */
    public int port() {
        return greenMail.getSmtp().getPort();
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
