package be.partenamut.complaints.office.complaint.command;

/**
 * A department's agent acted on a complaint escalated to the complaints service. The policy's second line is
 * independent: once escalated, only the complaints service answers, reroutes or closes the complaint. The first-line
 * department, and a department asked for its input, may still read it; the one asked replies to its request for
 * input, nothing else. Nothing was changed.
 */
public class ComplaintsServiceOnlyException extends RuntimeException {

    public ComplaintsServiceOnlyException(String staffDepartment) {
        super("This complaint has been escalated: only the complaints service acts on it now. Your department ("
                + staffDepartment + ") may read it, and reply when the complaints service asks for its input.");
    }
}
