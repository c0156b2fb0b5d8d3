package be.partenamut.complaints.office.casework.web;

/** A queue asked for with a parameter that names no queue, or a cursor no page gave out (answered 400). */
public class InvalidQueueRequestException extends RuntimeException {

    private final String parameter;

    public InvalidQueueRequestException(String parameter, String message) {
        super(message);
        this.parameter = parameter;
    }

    public String parameter() {
        return parameter;
    }
}
