package be.partenamut.complaints.office.complaint.api;

/** An event of the complaint aggregate, as stored in the event store (never changed, only upcast). */
public interface ComplaintLifecycleEvent {

    ComplaintId complaintId();
}
