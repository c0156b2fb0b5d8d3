package be.partenamut.complaints.contracts;

import be.partenamut.complaints.contracts.deliveries.DeliveryChannel;
import be.partenamut.complaints.contracts.deliveries.DeliveryStatus;
import be.partenamut.complaints.contracts.deliveries.DeliveryStatusChanged;
import be.partenamut.complaints.contracts.deliveries.RecipientKind;
import be.partenamut.complaints.contracts.events.ComplaintAcknowledged;
import be.partenamut.complaints.contracts.events.ComplaintAnswered;
import be.partenamut.complaints.contracts.events.ComplaintClosed;
import be.partenamut.complaints.contracts.events.ComplaintDeclined;
import be.partenamut.complaints.contracts.events.InterimMessageRecorded;
import be.partenamut.complaints.contracts.events.ComplaintEscalated;
import be.partenamut.complaints.contracts.events.ComplaintInstructed;
import be.partenamut.complaints.contracts.events.ComplaintReceived;
import be.partenamut.complaints.contracts.events.ComplaintRouted;
import be.partenamut.complaints.contracts.events.PersonalDataErased;
import be.partenamut.complaints.contracts.events.RecommendationAccepted;
import be.partenamut.complaints.contracts.events.RecommendationImplemented;
import be.partenamut.complaints.contracts.events.RecommendationIssued;
import be.partenamut.complaints.contracts.events.RecommendationRejected;
import be.partenamut.complaints.contracts.events.SlaBreached;
import be.partenamut.complaints.contracts.events.SlaWarned;
import be.partenamut.complaints.contracts.routing.DepartmentAssigned;
import be.partenamut.complaints.contracts.submissions.ComplaintSubmitted;
import be.partenamut.complaints.contracts.submissions.EscalationRequested;
import be.partenamut.complaints.contracts.submissions.SubmissionDeclined;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * The checked-in JSON samples of every message ({@code contract-samples/<Type>.json}) and the
 * records they must read as (and, under {@code contract-samples/retired/}, samples of types no
 * longer published, which may still be on a topic). Shared with the services' tests as a test-jar.
 */
public final class ContractSamples {

    public static final UUID COMPLAINT_ID = UUID.fromString("3d9f5a12-8c44-4b1b-a3e2-7c5e9b1d2f10");
    public static final MessageMetadata METADATA = new MessageMetadata(
            UUID.fromString("6f1c2b7e-0d4a-4c1e-9a57-0b8f7d2c1a01"), COMPLAINT_ID,
            Instant.parse("2026-11-26T09:15:30Z"), 2, "c-2026-11-26-0001",
            "1b7e4c2a-5d3f-4e8a-9b6c-2a1d0e9f8c77");
    /** The same metadata for the messages whose shape schema version 3 changed (they nest their file). */
    public static final MessageMetadata METADATA_V3 = new MessageMetadata(METADATA.messageId(), COMPLAINT_ID,
            METADATA.occurredAt(), 3, METADATA.correlationId(), METADATA.causationId());
    public static final UUID DATA_SUBJECT_ID = UUID.fromString("8e1f6c3a-2b4d-4f5e-9a7b-6c5d4e3f2a1b");
    public static final MemberContact MEMBER = new MemberContact(DATA_SUBJECT_ID, sealed("member-number"),
            sealed("first-name"), sealed("last-name"), sealed("email"), Language.NL,
            sealed("national-register-number"));
    private static final LocalDate FIRST_LINE_DUE = LocalDate.parse("2026-12-09");
    private static final UUID EARLIER_COMPLAINT = UUID.fromString("5c4b3a29-1807-4f6e-9d5c-4b3a29180706");
    private static final UUID NOTIFICATION_ID = UUID.fromString("0e7bd8da-93de-4cbd-8285-e0b3ae184112");
    public static final String REFERENCE = "PL-2026-000123";

    private static final SealedText SUBJECT = sealed("subject");
    private static final SealedText DESCRIPTION = sealed("description");
    private static final Instant RECEIVED_AT = Instant.parse("2026-11-26T09:15:00Z");

    private ContractSamples() {
    }

    /** A mapper configured like the services' (Spring Boot's defaults). */
    public static ObjectMapper objectMapper() {
        return JsonMapper.builder()
                .addModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .build();
    }

    /** A stand-in for a sealed value: the wire format is a string; what it seals does not matter here. */
    public static SealedText sealed(String what) {
        return SealedText.of("pd1.sealed-" + what);
    }

    public static String json(String type) {
        try (InputStream in = ContractSamples.class.getResourceAsStream("/contract-samples/" + type + ".json")) {
            if (in == null) {
                throw new IllegalArgumentException("no sample for " + type);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The file of the complaint every sample is about, with every field set. */
    public static ComplaintFile complaintFile() {
        return new ComplaintFile(REFERENCE, Channel.WEB_FORM, MEMBER, "REIMBURSEMENT", SUBJECT, DESCRIPTION,
                "HOSPITALISATION_PLUS", "AGENCY-1080-MOLENBEEK", RECEIVED_AT, FIRST_LINE_DUE, EARLIER_COMPLAINT);
    }

    public static ComplaintSubmitted complaintSubmitted() {
        return new ComplaintSubmitted(METADATA_V3, complaintFile());
    }

    public static ComplaintReceived complaintReceived() {
        return new ComplaintReceived(METADATA_V3, complaintFile());
    }

    /**
     * The sample of a message: {@code contract-samples/<Type>.json}, or {@code contract-samples/routing/<Type>.json}
     * for routing's messages, which share their names with the events the office records from them.
     */
    public static String jsonOf(ContractMessage message) {
        String type = message.getClass().getSimpleName();
        return json(message.getClass().getPackageName().endsWith(".routing") ? "routing/" + type : type);
    }

    /** Every sample, as the record it must read as. */
    public static List<Object> all() {
        return List.of(
                complaintSubmitted(),
                complaintReceived(),
                new ComplaintAcknowledged(METADATA, REFERENCE),
                new ComplaintRouted(METADATA, "AGENCIES", "staff", "HEALTHCARE_REIMBURSEMENTS", "agent"),
                new ComplaintAnswered(METADATA, AnsweringLine.COMPLAINTS_SERVICE, Outcome.PARTLY_FOUNDED,
                        sealed("answer")),
                new ComplaintEscalated(METADATA, sealed("reason"),
                        Instant.parse("2026-11-26T09:10:00Z"), LocalDate.parse("2026-12-30"),
                        new OralFirstLineContact(LocalDate.parse("2026-11-24"), OralFirstLineContact.Place.SERVICE_CENTER)),
                new ComplaintInstructed(METADATA, sealed("findings")),
                new RecommendationIssued(METADATA, UUID.fromString("9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d"),
                        "HEALTHCARE_REIMBURSEMENTS", sealed("recommendation"), List.of(EARLIER_COMPLAINT)),
                new RecommendationAccepted(METADATA, UUID.fromString("9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d"),
                        "HEALTHCARE_REIMBURSEMENTS"),
                new RecommendationRejected(METADATA, UUID.fromString("9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d"),
                        "HEALTHCARE_REIMBURSEMENTS", sealed("rejection-reason")),
                new RecommendationImplemented(METADATA, UUID.fromString("9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d"),
                        "HEALTHCARE_REIMBURSEMENTS", LocalDate.parse("2027-02-01")),
                new ComplaintClosed(METADATA, sealed("reason")),
                new be.partenamut.complaints.contracts.events.DepartmentInputRequested(METADATA,
                        UUID.fromString("4c3b2a19-0f8e-4d7c-9b6a-5e4d3c2b1a09"), "HOME_CARE", sealed("question")),
                new be.partenamut.complaints.contracts.events.DepartmentInputGiven(METADATA,
                        UUID.fromString("4c3b2a19-0f8e-4d7c-9b6a-5e4d3c2b1a09"), "HOME_CARE", sealed("reply")),
                new PersonalDataErased(METADATA, DATA_SUBJECT_ID, ErasureCause.ERASURE_REQUEST),
                new DepartmentAssigned(METADATA, "HEALTHCARE_REIMBURSEMENTS", "category-reimbursement"),
                new EscalationRequested(METADATA, REFERENCE, Channel.EMAIL, sealed("reason"),
                        Instant.parse("2026-11-26T09:10:00Z"), LocalDate.parse("2026-12-22")),
                new SubmissionDeclined(METADATA, Channel.WEB_FORM, "MEDICAL_ADVISOR", Language.FR,
                        DeclineReason.MEDICAL_ADVISOR, MEMBER),
                new be.partenamut.complaints.contracts.routing.SlaWarned(METADATA, AnsweringLine.COMPLAINTS_SERVICE,
                        LocalDate.parse("2026-12-22")),
                new be.partenamut.complaints.contracts.routing.SlaBreached(METADATA, AnsweringLine.FIRST_LINE,
                        FIRST_LINE_DUE),
                new SlaWarned(METADATA, AnsweringLine.COMPLAINTS_SERVICE, LocalDate.parse("2026-12-22")),
                new SlaBreached(METADATA, AnsweringLine.FIRST_LINE, FIRST_LINE_DUE),
                new InterimMessageRecorded(METADATA, sealed("reason"), LocalDate.parse("2027-01-15"), "officer"),
                new ComplaintDeclined(METADATA, DeclineReason.MEDICAL_ADVISOR, sealed("explanation"), "officer"),
                new DeliveryStatusChanged(METADATA, NOTIFICATION_ID, "ACKNOWLEDGEMENT", RecipientKind.MEMBER,
                        DeliveryChannel.EMAIL, DeliveryStatus.SENT));
    }
}
