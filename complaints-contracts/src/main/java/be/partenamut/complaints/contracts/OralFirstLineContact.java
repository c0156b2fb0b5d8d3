package be.partenamut.complaints.contracts;

import java.time.LocalDate;

/**
 * The member spoke to the first line (at an agency, or the Service Center by phone) and found no arrangement there,
 * but holds no written answer nor a reference: what an officer records when registering the complaint and its
 * escalation at once.
 *
 * @param on    the day of the conversation
 * @param place where it took place
 */
public record OralFirstLineContact(LocalDate on, Place place) {

    /** Where the member spoke to the first line. */
    public enum Place {
        /** A counsellor at an agency. */
        AGENCY,
        /** The Service Center, by phone. */
        SERVICE_CENTER
    }
}
