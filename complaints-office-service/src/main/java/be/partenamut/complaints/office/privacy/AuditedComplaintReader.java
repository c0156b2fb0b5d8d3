package be.partenamut.complaints.office.privacy;

import be.partenamut.complaints.office.complaint.api.ComplaintId;
import be.partenamut.complaints.office.complaint.query.ComplaintDetails;
import be.partenamut.complaints.office.complaint.query.ComplaintDetailsReader;
import be.partenamut.complaints.personaldata.Opened;
import org.springframework.stereotype.Component;

import java.util.Optional;
import java.util.function.Consumer;

/** Shows a complaint to a member of staff and logs that its personal data was shown. */
@Component
public class AuditedComplaintReader {

    private final ComplaintDetailsReader reader;
    private final PersonalDataAccessLog accessLog;

    public AuditedComplaintReader(ComplaintDetailsReader reader, PersonalDataAccessLog accessLog) {
        this.reader = reader;
        this.accessLog = accessLog;
    }

    public Optional<ComplaintDetails> show(ComplaintId complaintId, String staff, AccessPurpose purpose) {
        return show(complaintId, staff, purpose, details -> {
        });
    }

    /**
     * @param mayBeShown throws when this member of staff may not see the complaint: it is then neither shown
     *                   nor logged as seen
     */
    public Optional<ComplaintDetails> show(ComplaintId complaintId, String staff, AccessPurpose purpose,
                                           Consumer<ComplaintDetails> mayBeShown) {
        Optional<ComplaintDetails> details = reader.read(complaintId);
        details.ifPresent(mayBeShown);
        details.filter(shown -> shown.personalData().status() == Opened.Readability.READABLE)
                .ifPresent(shown -> accessLog.record(complaintId.value(), staff, purpose));
        return details;
    }
}
