package be.partenamut.complaints.office.casework.web;

/** A request named the complaint's version in a form that is not one: answered 400, nothing sent. */
public class InvalidVersionException extends RuntimeException {

    public InvalidVersionException(String message) {
        super(message);
    }
}
