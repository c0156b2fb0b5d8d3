package be.partenamut.complaints.office.casework.web;

/** A department code that names no department the complaints service may ask for input (answered 422). */
public class UnknownDepartmentException extends RuntimeException {

    private final String department;

    public UnknownDepartmentException(String department) {
        super("No department the complaints service may ask for its input has the code " + department
                + " (see GET /api/v1/departments on routing; the complaints service does not ask itself).");
        this.department = department;
    }

    public String department() {
        return department;
    }
}
