package be.partenamut.complaints.notification.inbox.messaging;

import be.partenamut.complaints.contracts.events.ComplaintAcknowledged;
import be.partenamut.complaints.contracts.events.ComplaintAnswered;
import be.partenamut.complaints.contracts.events.ComplaintEscalated;
import be.partenamut.complaints.contracts.events.ComplaintEvent;
import be.partenamut.complaints.contracts.events.ComplaintReceived;
import be.partenamut.complaints.contracts.events.ComplaintRouted;
import be.partenamut.complaints.contracts.events.ComplaintSlaBreached;
import be.partenamut.complaints.contracts.events.ComplaintSlaWarned;
import be.partenamut.complaints.contracts.events.PersonalDataErased;
import be.partenamut.complaints.contracts.events.RecommendationIssued;
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
 * are written to. {@code ComplaintInstructed}, {@code ComplaintClosed} and {@code MessageDeliveryRecorded}
 * (this service's own statuses, echoed on the complaint's timeline) send nothing.
 */
@Configuration(proxyBeanMethods = false)
public class ComplaintEventsConsumer {

    @Bean
    Consumer<byte[]> complaintEvents(InboundMessages inbound, ComplaintFacts facts, RecipientRegistry recipients,
                                     MemberNotifier members, StaffNotifier staff, ContactErasure erasure) {
        return payload -> inbound.handle(payload, ComplaintEvent.class, event -> {
            if (event instanceof ComplaintReceived received) {
                facts.received(received);
                recipients.remember(received);
            } else if (event instanceof ComplaintAcknowledged acknowledged) {
                members.acknowledged(acknowledged);
            } else if (event instanceof ComplaintRouted routed) {
                facts.routed(routed);
                staff.routed(routed);
            } else if (event instanceof ComplaintAnswered answered) {
                facts.answered(answered);
                members.answered(answered);
            } else if (event instanceof ComplaintEscalated escalated) {
                LocalDate dueDate = facts.escalated(escalated);
                members.escalated(escalated, dueDate);
            } else if (event instanceof RecommendationIssued recommendation) {
                staff.recommended(recommendation);
            } else if (event instanceof ComplaintSlaWarned warned) {
                staff.deadlineNear(warned, warned.line(), warned.dueDate());
                members.deadlineAtRisk(warned, warned.line(), warned.dueDate());
            } else if (event instanceof ComplaintSlaBreached breached) {
                staff.deadlinePassed(breached, breached.line(), breached.dueDate());
                members.deadlineAtRisk(breached, breached.line(), breached.dueDate());
            } else if (event instanceof PersonalDataErased erased) {
                erasure.forget(erased);
            }
        });
    }
}
