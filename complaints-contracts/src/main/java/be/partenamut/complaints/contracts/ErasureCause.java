package be.partenamut.complaints.contracts;

/** Why a complaint's personal data was destroyed. */
public enum ErasureCause {
    /** The member exercised the right to erasure (GDPR art. 17). */
    ERASURE_REQUEST,
    /** The complaint was closed longer ago than the retention period. */
    RETENTION_EXPIRED
}
