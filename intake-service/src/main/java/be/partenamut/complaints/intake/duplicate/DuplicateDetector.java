package be.partenamut.complaints.intake.duplicate;

import be.partenamut.complaints.contracts.PersonalFields;
import be.partenamut.complaints.personaldata.PersonalData;
import be.partenamut.complaints.intake.submission.PossibleDuplicates;
import be.partenamut.complaints.intake.outbox.Submissions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * Flags a new complaint that looks like an earlier one: the same member (data subject), the same
 * category, a similar description, within 30 days. The earlier descriptions are opened with their
 * own complaints' keys, compared in memory and forgotten; nothing is stored for the comparison.
 * A possible duplicate is only a hint for staff: the complaint is never refused for it.
 */
@Component
public class DuplicateDetector implements PossibleDuplicates {

    private static final Logger log = LoggerFactory.getLogger(DuplicateDetector.class);

    private final Submissions submissions;
    private final PersonalData personalData;
    private final DuplicateProperties properties;

    public DuplicateDetector(Submissions submissions, PersonalData personalData, DuplicateProperties properties) {
        this.submissions = submissions;
        this.personalData = personalData;
        this.properties = properties;
    }

    /** The earlier complaint most like this one, if one is alike enough. Never fails: no hint rather than no complaint. */
    @Override
    public Optional<UUID> of(UUID dataSubjectId, String category, String description, Instant receivedAt) {
        try {
            UUID best = null;
            double bestSimilarity = 0;
            for (Submissions.Earlier earlier : submissions.recentOfSubject(dataSubjectId, category,
                    receivedAt.minus(properties.window()), properties.maxCandidates())) {
                String earlierText = personalData.openerFor(earlier.complaintId())
                        .text(PersonalFields.DESCRIPTION, earlier.description());
                double similarity = TextSimilarity.jaccard(description, earlierText, properties.shingleSize());
                if (similarity >= properties.similarityThreshold() && similarity > bestSimilarity) {
                    best = earlier.complaintId();
                    bestSimilarity = similarity;
                }
            }
            return Optional.ofNullable(best);
        } catch (RuntimeException e) {
            log.warn("Duplicate check skipped: {}", NestedExceptionUtils.getMostSpecificCause(e).toString());
            return Optional.empty();
        }
    }
}
