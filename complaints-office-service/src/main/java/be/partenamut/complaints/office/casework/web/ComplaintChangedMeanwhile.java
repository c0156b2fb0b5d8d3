package be.partenamut.complaints.office.casework.web;

import be.partenamut.complaints.office.complaint.query.ComplaintDetails;

import java.util.List;

/**
 * A member of staff acted on a version of the complaint that is no longer its current one: nothing was changed.
 * Carries what the request named and the complaint as it stands now, to tell them what changed since they
 * looked (the timeline entries after their version).
 */
public class ComplaintChangedMeanwhile extends RuntimeException {

    private final transient ExpectedVersion expected;
    private final transient ComplaintDetails current;

    public ComplaintChangedMeanwhile(ExpectedVersion expected, ComplaintDetails current) {
        super("The complaint changed since you opened it (version " + expected.version() + ", now "
                + current.version() + "): nothing was changed. See what changed, then act again.");
        this.expected = expected;
        this.current = current;
    }

    public ExpectedVersion expected() {
        return expected;
    }

    public ComplaintDetails current() {
        return current;
    }

    /** What happened to the complaint after the version the member of staff saw, oldest first. */
    public List<ComplaintDetails.TimelineEntry> changes() {
        return changesSince(current, expected.version());
    }

    /** The timeline entries of {@code complaint} after {@code version}, oldest first. */
    public static List<ComplaintDetails.TimelineEntry> changesSince(ComplaintDetails complaint, long version) {
        return complaint.timeline().stream().filter(entry -> entry.version() > version).toList();
    }
}
