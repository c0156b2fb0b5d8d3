package be.partenamut.complaints.contracts;

/** Why the insurer's policy does not handle a submission. */
public enum DeclineReason {
    /** No way to identify the member: anonymous complaints are not handled. */
    ANONYMOUS,
    /** Not about the insurer's own products or services (a hospital, a pharmacy, a doctor's practice...). */
    NOT_ABOUT_OUR_SERVICES,
    /** About a Médecin-Conseil: it goes, in writing, to the national union's complaints service. */
    MEDICAL_ADVISOR
}
