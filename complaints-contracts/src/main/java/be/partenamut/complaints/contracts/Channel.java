package be.partenamut.complaints.contracts;

/** The door through which a complaint reached the insurer. */
public enum Channel {
    /** The public complaint form on the website. */
    WEB_FORM,
    /** A counsellor at an agency counter. */
    AGENCY,
    /** The Service Center, by phone. */
    PHONE,
    /** An email to the complaints service. */
    EMAIL,
    /** A postal letter registered by the mail room. */
    LETTER
}
