package be.partenamut.complaints.office.privacy;

/** Why personal data was shown. */
public enum AccessPurpose {
    /** A member of staff opened the complaint (or saw it after a command). */
    VIEW,
    /** The member's data was exported for a subject access request. */
    EXPORT
}
