package be.partenamut.complaints.personaldata.vault;

/** Whether a complaint's personal data can still be opened, and if not, why. */
public enum KeyStatus {
    /** The key is there: the data can be opened. */
    AVAILABLE,
    /** The member's data was erased on request: the member's key, and every complaint key under it, is gone. */
    ERASED,
    /** The complaint was closed longer ago than the retention period: its key is gone. */
    EXPIRED,
    /** The vault never had a key for this complaint. */
    UNKNOWN
}
