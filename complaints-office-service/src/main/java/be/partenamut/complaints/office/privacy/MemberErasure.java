package be.partenamut.complaints.office.privacy;

import be.partenamut.complaints.contracts.ErasureCause;
import be.partenamut.complaints.office.complaint.api.ComplaintId;
import be.partenamut.complaints.office.complaint.api.RecordPersonalDataErasureCommand;
import be.partenamut.complaints.office.complaint.command.ComplaintCommandSender;
import be.partenamut.complaints.personaldata.vault.DataSubject;
import be.partenamut.complaints.personaldata.vault.KeyVault;
import be.partenamut.complaints.support.correlation.Correlation;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The right to erasure. Destroying the member's key in the vault erases the data at once, in every
 * copy (event store, Kafka, the other services); then each complaint records the erasure as an
 * event, so its timeline says who erased and when, and the other services drop what they kept.
 * Repeating it changes nothing.
 */
@Service
public class MemberErasure {

    private static final Logger log = LoggerFactory.getLogger(MemberErasure.class);

    private final KeyVault vault;
    private final ComplaintCommandSender commands;

    public MemberErasure(KeyVault vault, ComplaintCommandSender commands) {
        this.vault = vault;
        this.commands = commands;
    }

    /** @throws NoPersonalDataHeldException when the vault never knew the member */
    public Report erase(String memberNumber, String administrator) {
        List<DataSubject> subjects = vault.subjectsOf(memberNumber);
        if (subjects.isEmpty()) {
            throw new NoPersonalDataHeldException();
        }
        List<DataSubject> erased = new ArrayList<>();
        List<UUID> complaints = new ArrayList<>();
        for (DataSubject subject : subjects) {
            // The key first: from here on, nothing of the member can be read anywhere.
            erased.add(vault.erase(subject.subjectId(), administrator));
            for (UUID complaintId : vault.complaintsOf(subject.subjectId())) {
                record(complaintId, subject.subjectId(), administrator);
                complaints.add(complaintId);
            }
        }
        DataSubject latest = erased.get(erased.size() - 1);
        log.info("Personal data of data subject {} erased by {} ({} complaints)", latest.subjectId(),
                administrator, complaints.size());
        return new Report(latest.erasedAt(), latest.erasedBy(), complaints);
    }

    private void record(UUID complaintId, UUID subjectId, String administrator) {
        try {
            commands.send(new RecordPersonalDataErasureCommand(ComplaintId.of(complaintId), subjectId,
                    ErasureCause.ERASURE_REQUEST), administrator, Correlation.current(), null);
        } catch (AggregateNotFoundException e) {
            // Intake made its key but the complaint never reached the office: nothing to record.
            log.warn("Complaint {} has a key but no events; its key is erased all the same", complaintId);
        }
    }

    /**
     * @param erasedAt   when the member's data was (first) erased
     * @param erasedBy   by whom
     * @param complaints the complaints whose personal data is erased
     */
    public record Report(Instant erasedAt, String erasedBy, List<UUID> complaints) {
    }
}
