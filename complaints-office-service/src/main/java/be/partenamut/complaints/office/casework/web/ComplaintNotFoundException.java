package be.partenamut.complaints.office.casework.web;

import be.partenamut.complaints.office.complaint.api.ComplaintId;

/** No complaint has this id. */
class ComplaintNotFoundException extends RuntimeException {

    ComplaintNotFoundException(ComplaintId id) {
        super("No complaint has the id " + id + ".");
    }
}
