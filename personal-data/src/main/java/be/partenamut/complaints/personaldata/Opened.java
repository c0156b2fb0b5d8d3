package be.partenamut.complaints.personaldata;

import be.partenamut.complaints.personaldata.vault.KeyStatus;

import java.time.Instant;

/**
 * A personal field as a reader gets it: its text, or why there is none.
 *
 * @param value   the text, only when {@code status} is {@link Readability#READABLE}
 * @param since   when the data became unreadable (erased or expired); null otherwise
 * @param problem for {@link Readability#UNREADABLE}: what is wrong with the stored value
 */
public record Opened(String value, Readability status, Instant since, String problem) {

    /** Why a field reads as it does. */
    public enum Readability {
        READABLE,
        /** Nothing was stored (an optional field left empty). */
        ABSENT,
        /** The member's data was erased on request. */
        ERASED,
        /** The retention period after closure ended. */
        EXPIRED,
        /** The stored value is damaged or does not belong here: the integrity check failed. */
        UNREADABLE
    }

    public static Opened readable(String value) {
        return new Opened(value, Readability.READABLE, null, null);
    }

    public static Opened absent() {
        return new Opened(null, Readability.ABSENT, null, null);
    }

    public static Opened unreadable(String problem) {
        return new Opened(null, Readability.UNREADABLE, null, problem);
    }

    static Opened gone(KeyStatus status, Instant since) {
        return switch (status) {
            case ERASED -> new Opened(null, Readability.ERASED, since, null);
            case EXPIRED -> new Opened(null, Readability.EXPIRED, since, null);
            default -> unreadable("no key for this complaint in the key vault");
        };
    }

    public boolean isReadable() {
        return status == Readability.READABLE;
    }

    /** Never the text: a log line has no use for it. */
    @Override
    public String toString() {
        return "Opened[" + status + "]";
    }
}
