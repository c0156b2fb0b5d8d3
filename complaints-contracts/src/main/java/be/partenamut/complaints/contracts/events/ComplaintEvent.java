package be.partenamut.complaints.contracts.events;

import be.partenamut.complaints.contracts.ContractMessage;
import be.partenamut.complaints.contracts.MessageMetadata;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

import java.util.UUID;

/**
 * An event of a complaint's life, as published on {@link be.partenamut.complaints.contracts.Topics#EVENTS}.
 * The {@code type} property names the event; consumers ignore properties they do not know, so
 * fields may be added without a new topic version. A type no longer published (such as
 * {@code MessageDeliveryRecorded}, until delivery statuses left the complaint's events) reads as
 * {@link UnknownComplaintEvent}, which consumers skip.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "type",
        defaultImpl = UnknownComplaintEvent.class)
@JsonSubTypes({
        @JsonSubTypes.Type(value = ComplaintReceived.class, name = "ComplaintReceived"),
        @JsonSubTypes.Type(value = ComplaintAcknowledged.class, name = "ComplaintAcknowledged"),
        @JsonSubTypes.Type(value = ComplaintRouted.class, name = "ComplaintRouted"),
        @JsonSubTypes.Type(value = ComplaintAnswered.class, name = "ComplaintAnswered"),
        @JsonSubTypes.Type(value = ComplaintEscalated.class, name = "ComplaintEscalated"),
        @JsonSubTypes.Type(value = ComplaintInstructed.class, name = "ComplaintInstructed"),
        @JsonSubTypes.Type(value = RecommendationIssued.class, name = "RecommendationIssued"),
        @JsonSubTypes.Type(value = RecommendationAccepted.class, name = "RecommendationAccepted"),
        @JsonSubTypes.Type(value = RecommendationRejected.class, name = "RecommendationRejected"),
        @JsonSubTypes.Type(value = RecommendationImplemented.class, name = "RecommendationImplemented"),
        @JsonSubTypes.Type(value = ComplaintClosed.class, name = "ComplaintClosed"),
        @JsonSubTypes.Type(value = PersonalDataErased.class, name = "PersonalDataErased"),
        @JsonSubTypes.Type(value = DepartmentInputRequested.class, name = "DepartmentInputRequested"),
        @JsonSubTypes.Type(value = DepartmentInputGiven.class, name = "DepartmentInputGiven"),
        // Written under its name; the former name is still read (messages published before the rename).
        @JsonSubTypes.Type(value = SlaWarned.class, name = "SlaWarned", names = "ComplaintSlaWarned"),
        @JsonSubTypes.Type(value = SlaBreached.class, name = "SlaBreached", names = "ComplaintSlaBreached"),
        @JsonSubTypes.Type(value = InterimMessageRecorded.class, name = "InterimMessageRecorded"),
        @JsonSubTypes.Type(value = ComplaintDeclined.class, name = "ComplaintDeclined")
})
public sealed interface ComplaintEvent extends ContractMessage
        permits UnknownComplaintEvent, ComplaintReceived, ComplaintAcknowledged, ComplaintRouted, ComplaintAnswered,
        ComplaintEscalated, ComplaintInstructed, RecommendationIssued, RecommendationAccepted,
        RecommendationRejected, RecommendationImplemented, ComplaintClosed,
        PersonalDataErased, SlaWarned, SlaBreached, InterimMessageRecorded, ComplaintDeclined, DepartmentInputRequested,
        DepartmentInputGiven {

    @Override
    MessageMetadata metadata();

    default UUID complaintId() {
        return metadata().complaintId();
    }

    /** The name under which the event travels (the {@code type} property). */
    default String type() {
        return getClass().getSimpleName();
    }

    /** Hands the event to the visitor's method for its type. */
    <R> R accept(Visitor<R> visitor);

    /**
     * One method per type of event, unknown ones included: a handler implements them all, so a new
     * type of event does not compile until every handler says what it does with it.
     */
    interface Visitor<R> {

        R visit(UnknownComplaintEvent event);

        R visit(ComplaintReceived event);

        R visit(ComplaintAcknowledged event);

        R visit(ComplaintRouted event);

        R visit(ComplaintAnswered event);

        R visit(ComplaintEscalated event);

        R visit(ComplaintInstructed event);

        R visit(RecommendationIssued event);

        R visit(RecommendationAccepted event);

        R visit(RecommendationRejected event);

        R visit(RecommendationImplemented event);

        R visit(ComplaintClosed event);

        R visit(PersonalDataErased event);

        R visit(SlaWarned event);

        R visit(SlaBreached event);

        R visit(InterimMessageRecorded event);

        R visit(ComplaintDeclined event);


        R visit(DepartmentInputRequested event);

        R visit(DepartmentInputGiven event);
    }
}
