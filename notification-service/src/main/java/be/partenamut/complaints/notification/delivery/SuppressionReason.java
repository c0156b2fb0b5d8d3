package be.partenamut.complaints.notification.delivery;

import be.partenamut.complaints.contracts.ErasureCause;
import be.partenamut.complaints.personaldata.vault.KeyStatus;

/** Why a message was not sent, and never will be: the complaint's personal data is gone. */
public enum SuppressionReason {

    /** The member's data was erased on request. */
    ERASED("personal data erased", "erased"),
    /** The retention period after the complaint's closure ended. */
    EXPIRED("retention period ended", "expired");

    private final String description;
    private final String tag;

    SuppressionReason(String description, String tag) {
        this.description = description;
        this.tag = tag;
    }

    public static SuppressionReason of(ErasureCause cause) {
        return cause == ErasureCause.RETENTION_EXPIRED ? EXPIRED : ERASED;
    }

    /** Why the complaint's key is gone, or null while it is there (or was never there). */
    public static SuppressionReason of(KeyStatus keyStatus) {
        switch (keyStatus) {
            case ERASED:
                return ERASED;
            case EXPIRED:
                return EXPIRED;
            default:
                return null;
        }
    }

    /** As recorded in the delivery log. */
    public String description() {
        return description;
    }

    /** As the metric's {@code reason} tag. */
    public String tag() {
        return tag;
    }
}
