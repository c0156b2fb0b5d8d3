package be.partenamut.complaints.notification.delivery;

import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.internet.AddressException;
import org.eclipse.angus.mail.smtp.SMTPAddressFailedException;
import org.eclipse.angus.mail.smtp.SMTPSendFailedException;
import org.eclipse.angus.mail.smtp.SMTPSenderFailedException;
import org.springframework.mail.MailAuthenticationException;
import org.springframework.mail.MailException;
import org.springframework.mail.MailParseException;
import org.springframework.mail.MailPreparationException;
import org.springframework.mail.MailSendException;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.Map;

/**
 * Why the mail server did not take a message, as far as trying it again is concerned. Only an answer
 * about this message can make it a dead letter; a server that is away, or refuses for now, or refuses
 * us (credentials, sender) is waited for without limit: the message is fine, operations fix the rest.
 */
enum MailFailure {

    /**
     * The server could not be reached or said "not now": connection refused or timed out, an I/O error
     * mid-session, any SMTP 4xx reply; or it refuses the service itself (wrong credentials, our sender
     * address refused), which no retry of this message alone can mend. Retried without limit.
     */
    SERVER_UNAVAILABLE,

    /**
     * The server refused this message or its recipient for good: an SMTP 5xx reply to the recipient
     * ({@code RCPT}) or to the message ({@code DATA}), an address it cannot parse. Counts toward
     * {@code max-attempts}.
     */
    REFUSED;

    private static final int MAX_CAUSES = 32;

    static MailFailure of(MailException failure) {
        if (failure instanceof MailAuthenticationException) {
            return SERVER_UNAVAILABLE;
        }
        if (failure instanceof MailParseException || failure instanceof MailPreparationException) {
            return REFUSED;
        }
        // Spring hides JavaMail's own exception in a map by message; JavaMail chains its per-address
        // replies through getNextException(): look at every one of them.
        Deque<Throwable> pending = new ArrayDeque<>();
        pending.add(failure);
        if (failure instanceof MailSendException send) {
            pending.addAll(send.getFailedMessages().values());
        }
        Map<Throwable, Boolean> seen = new IdentityHashMap<>();
        while (!pending.isEmpty() && seen.size() < MAX_CAUSES) {
            Throwable cause = pending.poll();
            if (seen.put(cause, Boolean.TRUE) != null) {
                continue;
            }
            MailFailure verdict = verdict(cause);
            if (verdict != null) {
                return verdict;
            }
            if (cause.getCause() != null) {
                pending.add(cause.getCause());
            }
            if (cause instanceof MessagingException messaging && messaging.getNextException() != null) {
                pending.add(messaging.getNextException());
            }
        }
        return SERVER_UNAVAILABLE;
    }

    /** What this one exception says, or null when it says nothing either way. */
    private static MailFailure verdict(Throwable cause) {
        if (cause instanceof SMTPSenderFailedException) {
            // MAIL FROM refused: our configured sender, the same for every message.
            return SERVER_UNAVAILABLE;
        }
        if (cause instanceof SMTPAddressFailedException address) {
            return byReplyCode(address.getReturnCode());
        }
        if (cause instanceof SMTPSendFailedException send) {
            return byReplyCode(send.getReturnCode());
        }
        if (cause instanceof AddressException) {
            return REFUSED;
        }
        if (cause instanceof SendFailedException send && send.getInvalidAddresses() != null
                && send.getInvalidAddresses().length > 0 && send.getNextException() == null) {
            // Refused addresses without the server's reply: JavaMail found them invalid itself.
            return REFUSED;
        }
        return null;
    }

    /** RFC 5321: 4yz is a transient negative reply, 5yz a permanent one. */
    private static MailFailure byReplyCode(int code) {
        return code >= 500 && code < 600 ? REFUSED : SERVER_UNAVAILABLE;
    }
}
