package be.partenamut.complaints.support.messaging.deadletter;

import java.util.List;

/**
 * Exceptions that say a message can never be processed, whatever is retried: it goes to the
 * dead-letter topic at once. Everything else (a database, the key vault, a mail server or Kafka
 * away) is retried without limit. Service support declares the common ones (an unreadable message,
 * a failed validation); a service declares its own with one bean of this type in its {@code config}
 * package, e.g. the office's refused transitions.
 */
public record PermanentFailures(List<Class<? extends Exception>> exceptions) {

    public PermanentFailures {
        exceptions = List.copyOf(exceptions);
    }

    @SafeVarargs
    public static PermanentFailures of(Class<? extends Exception>... exceptions) {
        return new PermanentFailures(List.of(exceptions));
    }
}
