package be.partenamut.complaints.office.complaint.api;

/** An event of the complaint aggregate, as stored in the event store (never changed, only upcast). */
public sealed interface ComplaintLifecycleEvent permits ComplaintReceivedEvent, ComplaintAcknowledgedEvent,
        ComplaintRoutedEvent, ComplaintAnsweredEvent, ComplaintEscalatedEvent, ComplaintInstructedEvent,
        RecommendationIssuedEvent, RecommendationAcceptedEvent, RecommendationRejectedEvent,
        RecommendationImplementedEvent, ComplaintClosedEvent, PersonalDataErasedEvent, SlaWarnedEvent, SlaBreachedEvent,
        InterimMessageRecordedEvent, ComplaintDeclinedEvent, DepartmentInputRequestedEvent, DepartmentInputGivenEvent {

    ComplaintId complaintId();

    /** Hands the event to the visitor's method for its type. */
    <R> R accept(Visitor<R> visitor);

    /**
     * One method per stored event: what reads the event store implements them all, so a new event does
     * not compile until every reader says what it does with it.
     */
    interface Visitor<R> {

        R visit(ComplaintReceivedEvent event);

        R visit(ComplaintAcknowledgedEvent event);

        R visit(ComplaintRoutedEvent event);

        R visit(ComplaintAnsweredEvent event);

        R visit(ComplaintEscalatedEvent event);

        R visit(ComplaintInstructedEvent event);

        R visit(RecommendationIssuedEvent event);

        R visit(RecommendationAcceptedEvent event);

        R visit(RecommendationRejectedEvent event);

        R visit(RecommendationImplementedEvent event);

        R visit(ComplaintClosedEvent event);

        R visit(PersonalDataErasedEvent event);

        R visit(SlaWarnedEvent event);

        R visit(SlaBreachedEvent event);

        R visit(InterimMessageRecordedEvent event);

        R visit(ComplaintDeclinedEvent event);


        R visit(DepartmentInputRequestedEvent event);

        R visit(DepartmentInputGivenEvent event);
    }
}
