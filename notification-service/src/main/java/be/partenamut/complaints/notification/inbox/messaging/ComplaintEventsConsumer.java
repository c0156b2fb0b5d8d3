package be.partenamut.complaints.notification.inbox.messaging;

import be.partenamut.complaints.contracts.events.ComplaintAcknowledged;
import be.partenamut.complaints.contracts.events.ComplaintAnswered;
import be.partenamut.complaints.contracts.events.ComplaintClosed;
import be.partenamut.complaints.contracts.events.ComplaintDeclined;
import be.partenamut.complaints.contracts.events.InterimMessageRecorded;
import be.partenamut.complaints.contracts.events.ComplaintEscalated;
import be.partenamut.complaints.contracts.events.ComplaintEvent;
import be.partenamut.complaints.contracts.events.ComplaintInstructed;
import be.partenamut.complaints.contracts.events.ComplaintReceived;
import be.partenamut.complaints.contracts.events.ComplaintRouted;
import be.partenamut.complaints.contracts.events.PersonalDataErased;
import be.partenamut.complaints.contracts.events.DepartmentInputGiven;
import be.partenamut.complaints.contracts.events.DepartmentInputRequested;
import be.partenamut.complaints.contracts.events.RecommendationIssued;
import be.partenamut.complaints.contracts.events.RecommendationAccepted;
import be.partenamut.complaints.contracts.events.RecommendationImplemented;
import be.partenamut.complaints.contracts.events.RecommendationRejected;
import be.partenamut.complaints.contracts.events.SlaBreached;
import be.partenamut.complaints.contracts.events.SlaWarned;
import be.partenamut.complaints.contracts.events.UnknownComplaintEvent;
import be.partenamut.complaints.notification.complaint.ComplaintFacts;
import be.partenamut.complaints.notification.erasure.ContactErasure;
import be.partenamut.complaints.notification.member.MemberNotifier;
import be.partenamut.complaints.notification.recipient.RecipientRegistry;
import be.partenamut.complaints.notification.staff.StaffNotifier;
import be.partenamut.complaints.support.messaging.InboundMessages;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.LocalDate;
import java.util.function.Consumer;

/**
 * Reads {@code complaints.events.v1}, in order per complaint, and hands each event to what it concerns:
 * the complaint's file is updated first (due dates, department, answers), then the member and staff
 * are written to. An SLA warning goes to staff only; the member hears of a delay at the breach, or through an
 * officer's interim message. {@code ComplaintInstructed} and {@code ComplaintClosed} send nothing, nor does a type
 * this version does not know (such as {@code MessageDeliveryRecorded}, no longer published). The
 * submissions the policy does not handle are read by {@code declined.messaging.SubmissionsConsumer}.
 */
@Configuration(proxyBeanMethods = false)
public class ComplaintEventsConsumer {

    @Bean
    Consumer<byte[]> complaintEvents(InboundMessages inbound, ComplaintFacts facts, RecipientRegistry recipients,
                                     MemberNotifier members, StaffNotifier staff, ContactErasure erasure) {
        EventHandling handling = new EventHandling(facts, recipients, members, staff, erasure);
        return payload -> inbound.handle(payload, ComplaintEvent.class, event -> event.accept(handling));
    }

    /** What each event of a complaint concerns here. */
    private record EventHandling(ComplaintFacts facts, RecipientRegistry recipients, MemberNotifier members,
                                 StaffNotifier staff, ContactErasure erasure) implements ComplaintEvent.Visitor<Void> {

        @Override
        public Void visit(ComplaintReceived received) {
            facts.received(received);
            recipients.remember(received);
            return null;
        }

        @Override
        public Void visit(ComplaintAcknowledged acknowledged) {
            members.acknowledged(acknowledged);
            return null;
        }

        @Override
        public Void visit(ComplaintRouted routed) {
            facts.routed(routed);
            staff.routed(routed);
            return null;
        }

        @Override
        public Void visit(ComplaintAnswered answered) {
            facts.answered(answered);
            members.answered(answered);
            return null;
        }

        @Override
        public Void visit(ComplaintEscalated escalated) {
            LocalDate dueDate = facts.escalated(escalated);
            members.escalated(escalated, dueDate);
            return null;
        }

        @Override
        public Void visit(RecommendationIssued recommendation) {
            staff.recommended(recommendation);
            return null;
        }

        /**
         * Staff only (the department in charge and the complaints service): a date near is theirs to keep or to
         * explain (an interim message); the member hears of a delay only once it is certain.
         */
        @Override
        public Void visit(RecommendationAccepted recommendationAccepted) {
            return null; // the department itself recorded it in the office: nobody is waiting for a mail
        }

        @Override
        public Void visit(RecommendationRejected recommendationRejected) {
            return null; // the department itself recorded it in the office: nobody is waiting for a mail
        }

        @Override
        public Void visit(RecommendationImplemented recommendationImplemented) {
            return null; // the department itself recorded it in the office: nobody is waiting for a mail
        }

        @Override
        public Void visit(SlaWarned warned) {
            staff.deadlineNear(warned, warned.line(), warned.dueDate());
            return null;
        }

        @Override
        public Void visit(SlaBreached breached) {
            staff.deadlinePassed(breached, breached.line(), breached.dueDate());
            members.deadlinePassed(breached);
            return null;
        }

        @Override
        public Void visit(InterimMessageRecorded interim) {
            members.interimMessage(interim);
            return null;
        }

        @Override
        public Void visit(ComplaintDeclined declined) {
            members.declined(declined);
            return null; // the ComplaintClosed that follows sends nothing
        }

        @Override
        public Void visit(PersonalDataErased erased) {
            erasure.forget(erased);
            return null;
        }

        @Override
        public Void visit(DepartmentInputRequested requested) {
            staff.inputRequested(requested);
            return null;
        }

        @Override
        public Void visit(DepartmentInputGiven given) {
            return null; // the complaints service reads the reply on the complaint it is instructing
        }

        @Override
        public Void visit(ComplaintInstructed instructed) {
            return null; // the policy owes nobody a message when the complaint is instructed
        }

        @Override
        public Void visit(ComplaintClosed closed) {
            return null; // the policy owes nobody a message when the complaint is closed
        }

        @Override
        public Void visit(UnknownComplaintEvent unknown) {
            return null; // a newer producer's type: nothing here knows what to send for it
        }
    }
}
