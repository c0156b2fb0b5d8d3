package be.partenamut.complaints.office.complaint.command;

/** A command that makes no sense in the complaint's current state; nothing was changed. */
public class TransitionRefusedException extends RuntimeException {

    private final Refusal refusal;

    public TransitionRefusedException(Refusal refusal) {
        super(refusal.message());
        this.refusal = refusal;
    }

    public Refusal refusal() {
        return refusal;
    }
}
