package be.partenamut.complaints.office.complaint.command;

/**
 * A member of staff confined to one department's queue acted on, or asked for, complaints outside it (another
 * department's, or a complaint not routed yet); nothing was changed and nothing shown.
 */
public class OutsideDepartmentException extends RuntimeException {

    private OutsideDepartmentException(String message) {
        super(message);
    }

    /** A complaint that is not in the queue of {@code staffDepartment}. */
    public static OutsideDepartmentException complaint(String staffDepartment) {
        return new OutsideDepartmentException("This complaint is not in the queue of your department ("
                + staffDepartment + "): only the department in charge of it and the complaints service may see it "
                + "or act on it.");
    }

    /** A recommendation addressed to {@code addressee}, followed up by staff of {@code staffDepartment}. */
    public static OutsideDepartmentException recommendation(String staffDepartment, String addressee) {
        return new OutsideDepartmentException("This recommendation is addressed to " + addressee
                + ", not to your department (" + staffDepartment + "): only that department and the complaints "
                + "service may record what became of it.");
    }

    /** The queue of {@code askedFor}, asked for by staff of {@code staffDepartment}. */
    public static OutsideDepartmentException queue(String staffDepartment, String askedFor) {
        return new OutsideDepartmentException("You may list only the queue of your department (" + staffDepartment
                + "), not that of " + askedFor + ".");
    }
}
