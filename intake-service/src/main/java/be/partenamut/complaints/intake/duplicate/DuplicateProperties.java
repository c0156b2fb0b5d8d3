package be.partenamut.complaints.intake.duplicate;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.Duration;

/**
 * {@code complaints.intake.duplicates.*}: when a new complaint is flagged as a possible duplicate of
 * an earlier one of the same member and category.
 *
 * @param window              how far back earlier complaints are compared (30 days)
 * @param similarityThreshold the Jaccard similarity of word shingles from which two descriptions are alike
 * @param shingleSize         words per shingle
 * @param maxCandidates       the most recent earlier complaints compared, at most
 */
@ConfigurationProperties("complaints.intake.duplicates")
public record DuplicateProperties(Duration window, Double similarityThreshold, Integer shingleSize,
                                  Integer maxCandidates) {

    public DuplicateProperties {
        window = window == null ? Duration.ofDays(30) : window;
        similarityThreshold = similarityThreshold == null ? 0.5 : similarityThreshold;
        shingleSize = shingleSize == null ? 2 : shingleSize;
        maxCandidates = maxCandidates == null ? 20 : maxCandidates;
    }
}
