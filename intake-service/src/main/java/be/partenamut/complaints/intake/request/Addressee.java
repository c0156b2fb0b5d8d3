package be.partenamut.complaints.intake.request;

/** To whom the member addresses the complaint. */
public enum Addressee {
    /** The service in charge of the member's file (an agency counsellor, the Service Center, the department). */
    FIRST_LINE,
    /**
     * The complaints service: for a matter the first line already answered and the member still
     * disagrees with (an escalation, naming the complaint's reference).
     */
    COMPLAINTS_SERVICE
}
