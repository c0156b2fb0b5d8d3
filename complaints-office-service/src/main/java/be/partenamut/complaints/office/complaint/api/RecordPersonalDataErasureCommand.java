package be.partenamut.complaints.office.complaint.api;

import be.partenamut.complaints.contracts.ErasureCause;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.UUID;

/** Records on the complaint that its key was destroyed in the key vault; a repeat records nothing. */
public record RecordPersonalDataErasureCommand(
        @TargetAggregateIdentifier ComplaintId complaintId,
        UUID dataSubjectId,
        ErasureCause cause) {
}
