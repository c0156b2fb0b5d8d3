package be.partenamut.complaints.contracts;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A complaint's file for tests: the sample's ({@link ContractSamples#complaintFile()}) unless told
 * otherwise. Tests name only what matters to them, so a new piece of the file is added here alone.
 */
public final class ComplaintFileBuilder {

    private String reference;
    private Channel channel;
    private MemberContact member;
    private String category;
    private SealedText subject;
    private SealedText description;
    private String product;
    private String agency;
    private Instant receivedAt;
    private LocalDate firstLineDueDate;
    private UUID possibleDuplicateOf;
    private SubmissionKind kind;

    private ComplaintFileBuilder(ComplaintFile file) {
        reference = file.reference();
        channel = file.channel();
        member = file.member();
        category = file.category();
        subject = file.subject();
        description = file.description();
        product = file.product();
        agency = file.agency();
        receivedAt = file.receivedAt();
        firstLineDueDate = file.firstLineDueDate();
        possibleDuplicateOf = file.possibleDuplicateOf();
        kind = file.kind();
    }

    /** Starts from the sample file, every field set. */
    public static ComplaintFileBuilder sample() {
        return from(ContractSamples.complaintFile());
    }

    /** Starts from {@code file}. */
    public static ComplaintFileBuilder from(ComplaintFile file) {
        return new ComplaintFileBuilder(file);
    }

    public ComplaintFileBuilder reference(String reference) {
        this.reference = reference;
        return this;
    }

    public ComplaintFileBuilder channel(Channel channel) {
        this.channel = channel;
        return this;
    }

    public ComplaintFileBuilder member(MemberContact member) {
        this.member = member;
        return this;
    }

    public ComplaintFileBuilder category(String category) {
        this.category = category;
        return this;
    }

    public ComplaintFileBuilder subject(SealedText subject) {
        this.subject = subject;
        return this;
    }

    public ComplaintFileBuilder description(SealedText description) {
        this.description = description;
        return this;
    }

    public ComplaintFileBuilder product(String product) {
        this.product = product;
        return this;
    }

    public ComplaintFileBuilder agency(String agency) {
        this.agency = agency;
        return this;
    }

    public ComplaintFileBuilder receivedAt(Instant receivedAt) {
        this.receivedAt = receivedAt;
        return this;
    }

    public ComplaintFileBuilder firstLineDueDate(LocalDate firstLineDueDate) {
        this.firstLineDueDate = firstLineDueDate;
        return this;
    }

    public ComplaintFileBuilder possibleDuplicateOf(UUID possibleDuplicateOf) {
        this.possibleDuplicateOf = possibleDuplicateOf;
        return this;
    }

    public ComplaintFileBuilder kind(SubmissionKind kind) {
        this.kind = kind;
        return this;
    }

    /** A suggestion: no first-line due date, as intake files it. */
    public ComplaintFileBuilder suggestion() {
        return kind(SubmissionKind.SUGGESTION).firstLineDueDate(null);
    }

    public ComplaintFile build() {
        return new ComplaintFile(reference, channel, member, category, subject, description, product, agency,
                receivedAt, firstLineDueDate, possibleDuplicateOf, kind);
    }
}
