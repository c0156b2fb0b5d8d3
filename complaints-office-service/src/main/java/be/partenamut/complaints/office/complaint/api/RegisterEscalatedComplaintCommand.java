package be.partenamut.complaints.office.complaint.api;

import be.partenamut.complaints.contracts.ComplaintFile;
import be.partenamut.complaints.contracts.OralFirstLineContact;
import be.partenamut.complaints.contracts.SealedText;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;
import java.util.UUID;

/**
 * An officer registers, in one step, the complaint of a member who spoke to the first line orally (at an agency or
 * the Service Center), found no arrangement there and holds no reference, with its escalation to the complaints
 * service. The file's {@code receivedAt} is when the complaints service received the request: both periods count
 * from it.
 *
 * @param file                 the complaint, its personal fields sealed under its own key
 * @param reason               why the member still disagrees, sealed
 * @param dueDate              the day by which the complaints service communicates its result
 * @param requestId            identifies this registration
 * @param oralFirstLineContact when and where the member spoke to the first line
 */
public record RegisterEscalatedComplaintCommand(
        @TargetAggregateIdentifier ComplaintId complaintId,
        ComplaintFile file,
        SealedText reason,
        LocalDate dueDate,
        UUID requestId,
        OralFirstLineContact oralFirstLineContact) {
}
