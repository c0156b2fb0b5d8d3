package be.partenamut.complaints.office.privacy;

import be.partenamut.complaints.office.complaint.api.ComplaintId;
import be.partenamut.complaints.office.complaint.query.ComplaintDetails;
import be.partenamut.complaints.personaldata.vault.DataSubject;
import be.partenamut.complaints.personaldata.vault.KeyVault;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The right of access: everything the complaints office holds about a member, opened, with who saw
 * it. The export itself is logged as an access to each complaint.
 */
@Service
public class MemberDataExport {

    private static final int ACCESS_LOG_LIMIT = 1_000;

    private final KeyVault vault;
    private final AuditedComplaintReader reader;
    private final PersonalDataAccessLog accessLog;
    private final Clock clock;

    public MemberDataExport(KeyVault vault, AuditedComplaintReader reader, PersonalDataAccessLog accessLog, Clock clock) {
        this.vault = vault;
        this.reader = reader;
        this.accessLog = accessLog;
        this.clock = clock;
    }

    /** @throws NoPersonalDataHeldException when the vault never knew the member */
    public Export export(String memberNumber, String administrator) {
        List<DataSubject> subjects = vault.subjectsOf(memberNumber);
        if (subjects.isEmpty()) {
            throw new NoPersonalDataHeldException();
        }
        List<ComplaintDetails> complaints = new ArrayList<>();
        List<PersonalDataAccess> accesses = new ArrayList<>();
        for (DataSubject subject : subjects) {
            for (UUID complaintId : vault.complaintsOf(subject.subjectId())) {
                accesses.addAll(accessLog.find(complaintId, null, ACCESS_LOG_LIMIT));
                Optional<ComplaintDetails> details = reader.show(ComplaintId.of(complaintId), administrator, AccessPurpose.EXPORT);
                details.ifPresent(complaints::add);
            }
        }
        return new Export(memberNumber, clock.instant(), administrator,
                subjects.stream().map(s -> new Subject(s.createdAt(), s.erasedAt(), s.erasedBy())).toList(),
                complaints, accesses);
    }

    /**
     * @param keys      one entry per period the vault held a key for the member (a new one starts after an erasure)
     * @param accessLog who was shown the member's personal data, before this export
     */
    public record Export(String memberNumber, Instant exportedAt, String exportedBy, List<Subject> keys,
                         List<ComplaintDetails> complaints, List<PersonalDataAccess> accessLog) {
    }

    public record Subject(Instant keyCreatedAt, Instant erasedAt, String erasedBy) {
    }
}
