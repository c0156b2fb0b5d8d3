package be.partenamut.complaints.office.casework.web;

/**
 * A recommendation names, among the complaints that motivated it, a reference the office knows no complaint by
 * (answered 422, {@code unknown-complaint-reference}); nothing was issued.
 */
public class UnknownMotivatingComplaintException extends RuntimeException {

    private final String field;
    private final String reference;

    public UnknownMotivatingComplaintException(String field, String reference) {
        super("No complaint has the reference " + reference + ": a recommendation names only complaints the office"
                + " knows as motivating it.");
        this.field = field;
        this.reference = reference;
    }

    /** The request's field that names it, e.g. {@code motivatingReferences[1]}. */
    public String field() {
        return field;
    }

    public String reference() {
        return reference;
    }
}
