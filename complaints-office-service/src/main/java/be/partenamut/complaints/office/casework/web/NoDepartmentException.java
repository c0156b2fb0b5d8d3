package be.partenamut.complaints.office.casework.web;

/** An agent's token names no department, so no queue is theirs. */
public class NoDepartmentException extends RuntimeException {

    NoDepartmentException(String username) {
        super("Your access token (" + username + ") gives you the role AGENT but names no department, so no "
                + "department's complaints are yours. Ask the identity provider's administrator to give your "
                + "account its department, then sign in again.");
    }
}
