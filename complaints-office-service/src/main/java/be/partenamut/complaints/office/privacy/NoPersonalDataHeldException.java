package be.partenamut.complaints.office.privacy;

/** The key vault has never held a key for this member. */
public class NoPersonalDataHeldException extends RuntimeException {

    public NoPersonalDataHeldException() {
        super("No personal data is held for this member.");
    }
}
