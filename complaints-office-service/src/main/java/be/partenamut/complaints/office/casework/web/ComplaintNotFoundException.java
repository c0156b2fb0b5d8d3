package be.partenamut.complaints.office.casework.web;

import be.partenamut.complaints.office.complaint.api.ComplaintId;

/** No complaint has this id. */
public class ComplaintNotFoundException extends RuntimeException {

    public ComplaintNotFoundException(ComplaintId id) {
        super("No complaint has the id " + id + ".");
    }
}
