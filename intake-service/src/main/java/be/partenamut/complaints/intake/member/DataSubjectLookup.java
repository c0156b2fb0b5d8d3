package be.partenamut.complaints.intake.member;

import java.util.UUID;

/**
 * Whose key in the key vault protects a complaint's personal data: the member's, found again by their
 * number, so that all of a member's complaints can be exported or erased together; for a person
 * without a member number (a prospect, an heir, someone acting for a member), a key of the complaint's
 * own, since nothing else identifies them reliably (two people may share a name, an email address may
 * change hands).
 */
public final class DataSubjectLookup {

    /** Never digits only, so it can never be taken for a member number. */
    static final String NON_MEMBER = "non-member:";

    private DataSubjectLookup() {
    }

    /**
     * @param memberNumber the member number given, or null
     * @param complaintId  the complaint (or declined submission) the key is made for
     */
    public static String of(String memberNumber, UUID complaintId) {
        return memberNumber != null ? memberNumber : NON_MEMBER + complaintId;
    }
}
