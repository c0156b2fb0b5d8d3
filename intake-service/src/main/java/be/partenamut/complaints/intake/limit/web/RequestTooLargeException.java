package be.partenamut.complaints.intake.limit.web;

import java.io.IOException;

/** A request body without a declared length went over the limit while it was read. */
public class RequestTooLargeException extends IOException {

    public RequestTooLargeException(long limit) {
        super("the request body is larger than " + limit + " bytes");
    }
}
