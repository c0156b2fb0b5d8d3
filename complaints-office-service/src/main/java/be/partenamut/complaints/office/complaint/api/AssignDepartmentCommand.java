package be.partenamut.complaints.office.complaint.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The routing service (or a member of staff) puts the complaint in a department's queue. */
public record AssignDepartmentCommand(
        @TargetAggregateIdentifier ComplaintId complaintId,
        String department,
        String routingRule) {

    /** The routing rule named on a department chosen by staff rather than by the routing table. */
    public static final String STAFF_REROUTE = "staff";
}
