package be.partenamut.complaints.personaldata;

import be.partenamut.complaints.personaldata.vault.KeyStatus;

import java.util.UUID;

/** The complaint's personal data can no longer be written (or read): its key is gone. */
public class PersonalDataUnavailableException extends RuntimeException {

    private final KeyStatus status;

    public PersonalDataUnavailableException(UUID complaintId, KeyStatus status) {
        super("The personal data of complaint " + complaintId + " is " + switch (status) {
            case ERASED -> "erased";
            case EXPIRED -> "past its retention period";
            default -> "not in the key vault";
        } + ".");
        this.status = status;
    }

    public KeyStatus status() {
        return status;
    }
}
