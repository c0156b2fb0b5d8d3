package be.partenamut.complaints.support.correlation;

import org.slf4j.MDC;

import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The correlation id follows one complaint's request across every service: it travels in the HTTP
 * header {@value #HTTP_HEADER}, in every message's metadata and Kafka headers, and sits in the
 * logging context under {@value #MDC_KEY} so that every log line shows it.
 */
public final class Correlation {

    public static final String HTTP_HEADER = "X-Correlation-Id";
    public static final String MDC_KEY = "correlationId";

    // A caller's id is echoed into logs and headers: accept only what cannot forge a log line.
    private static final Pattern ACCEPTABLE = Pattern.compile("[A-Za-z0-9._:-]{1,100}");

    private Correlation() {
    }

    /** The id of the work in progress on this thread, or a new one. */
    public static String current() {
        String id = MDC.get(MDC_KEY);
        return id != null ? id : newId();
    }

    public static String newId() {
        return UUID.randomUUID().toString();
    }

    /** {@code candidate} when it is a usable id, otherwise a new one. */
    public static String acceptOrCreate(String candidate) {
        return candidate != null && ACCEPTABLE.matcher(candidate).matches() ? candidate : newId();
    }

    /**
     * Puts {@code correlationId} (or a new id when it is unusable) in the logging context until the
     * returned scope is closed, which restores what was there before.
     */
    public static Scope open(String correlationId) {
        String previous = MDC.get(MDC_KEY);
        MDC.put(MDC_KEY, acceptOrCreate(correlationId));
        return () -> {
            if (previous == null) {
                MDC.remove(MDC_KEY);
            } else {
                MDC.put(MDC_KEY, previous);
            }
        };
    }

    /** A correlation id in force; closing it never fails. */
    @FunctionalInterface
    public interface Scope extends AutoCloseable {
        @Override
        void close();
    }
}
