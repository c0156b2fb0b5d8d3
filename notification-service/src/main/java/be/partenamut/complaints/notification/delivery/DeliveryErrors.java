package be.partenamut.complaints.notification.delivery;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Why a send failed, in words fit for the delivery log, the logs and a dead-letter header: mail
 * servers quote recipients' addresses in their errors, so every address is blanked out.
 */
final class DeliveryErrors {

    static final int MAX_LENGTH = 1000;
    private static final Pattern ADDRESS = Pattern.compile("[^\\s<>()\\[\\],;:\"']+@[^\\s<>()\\[\\],;:\"']+");

    private DeliveryErrors() {
    }

    static String describe(Throwable failure) {
        List<String> parts = new ArrayList<>();
        Throwable cause = failure;
        for (int depth = 0; cause != null && depth < 5; depth++, cause = cause.getCause()) {
            String part = cause.getClass().getSimpleName() + (cause.getMessage() == null ? "" : ": " + cause.getMessage());
            if (parts.stream().noneMatch(existing -> existing.contains(part))) {
                parts.add(part);
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return redact(String.join(" <- ", parts));
    }

    static String redact(String text) {
        String redacted = ADDRESS.matcher(text).replaceAll("<address>").replaceAll("\\s+", " ").strip();
        return redacted.length() <= MAX_LENGTH ? redacted : redacted.substring(0, MAX_LENGTH - 1) + "…";
    }
}
