package be.partenamut.complaints.office.complaint.messaging;

import be.partenamut.complaints.contracts.ComplaintFile;
import be.partenamut.complaints.contracts.ContractMessage;
import be.partenamut.complaints.contracts.deliveries.DeliveryMessage;
import be.partenamut.complaints.contracts.deliveries.DeliveryStatusChanged;
import be.partenamut.complaints.contracts.deliveries.UnknownDeliveryMessage;
import be.partenamut.complaints.contracts.routing.DepartmentAssigned;
import be.partenamut.complaints.contracts.routing.RoutingMessage;
import be.partenamut.complaints.contracts.routing.SlaBreached;
import be.partenamut.complaints.contracts.routing.SlaWarned;
import be.partenamut.complaints.contracts.routing.UnknownRoutingMessage;
import be.partenamut.complaints.contracts.submissions.ComplaintSubmitted;
import be.partenamut.complaints.contracts.submissions.EscalationRequested;
import be.partenamut.complaints.contracts.submissions.SubmissionDeclined;
import be.partenamut.complaints.contracts.submissions.SubmissionMessage;
import be.partenamut.complaints.contracts.submissions.UnknownSubmission;
import be.partenamut.complaints.office.complaint.api.AssignDepartmentCommand;
import be.partenamut.complaints.office.complaint.api.ComplaintId;
import be.partenamut.complaints.office.complaint.api.EscalateComplaintCommand;
import be.partenamut.complaints.office.complaint.api.ReceiveComplaintCommand;
import be.partenamut.complaints.office.complaint.api.RecordSlaBreachCommand;
import be.partenamut.complaints.office.complaint.api.RecordSlaWarningCommand;
import be.partenamut.complaints.office.complaint.command.ComplaintCommandSender;
import be.partenamut.complaints.office.complaint.query.DeliveryStatusProjection;
import be.partenamut.complaints.support.messaging.InboundMessages;
import be.partenamut.complaints.support.messaging.OncePerMessage;
import be.partenamut.complaints.workingdays.ServiceLevels;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.LocalDate;
import java.util.function.Consumer;

/**
 * What the office takes from Kafka: submissions and escalation requests from intake, routing decisions
 * and SLA warnings and breaches from routing, turned into commands on complaints; delivery statuses from
 * notifications, kept by the {@link DeliveryStatusProjection} (which ignores a status older than the one
 * it has).
 * <p>
 * Each message is applied once: its id is recorded in the database transaction that stores the command's
 * events (Axon's unit of work joins it) or the projection's row, and a message whose id is recorded is
 * skipped. So a redelivered message changes nothing, whatever the complaint's state has become since, and
 * a crash cannot keep the effect without the record or the record without the effect.
 */
@Configuration(proxyBeanMethods = false)
public class InboundConsumers {

    static final String INTAKE = "intake";
    static final String ROUTING = "routing";
    /** The consumers, as named in the records of processed messages. */
    static final String SUBMISSIONS_CONSUMER = "submissions";
    static final String ROUTING_CONSUMER = "routing-decisions";
    static final String DELIVERIES_CONSUMER = "deliveries";
    private static final Logger log = LoggerFactory.getLogger(InboundConsumers.class);

    @Bean
    Consumer<byte[]> submissions(InboundMessages inbound, OncePerMessage once, ComplaintCommandSender commands,
                                 ServiceLevels serviceLevels) {
        return payload -> inbound.handle(payload, SubmissionMessage.class, message -> applyOnce(once, message,
                SUBMISSIONS_CONSUMER, () -> message.accept(new Submissions(commands, serviceLevels))));
    }

    @Bean
    Consumer<byte[]> routingDecisions(InboundMessages inbound, OncePerMessage once, ComplaintCommandSender commands) {
        return payload -> inbound.handle(payload, RoutingMessage.class, message -> applyOnce(once, message,
                ROUTING_CONSUMER, () -> message.accept(new RoutingDecisions(commands))));
    }

    @Bean
    Consumer<byte[]> deliveries(InboundMessages inbound, OncePerMessage once, DeliveryStatusProjection deliveryStatuses) {
        return payload -> inbound.handle(payload, DeliveryMessage.class, message -> applyOnce(once, message,
                DELIVERIES_CONSUMER, () -> message.accept(new Deliveries(deliveryStatuses))));
    }

    /** Intake's submissions and escalation requests become commands. */
    private record Submissions(ComplaintCommandSender commands, ServiceLevels serviceLevels)
            implements SubmissionMessage.Visitor<Void> {

        @Override
        public Void visit(ComplaintSubmitted submitted) {
            ComplaintFile file = submitted.file();
            if (file.firstLineDueDate() == null) {
                // Submitted before intake computed the due date.
                file = file.withFirstLineDueDate(serviceLevels.firstLineDueDate(file.receivedAt()).dueDate());
            }
            send(commands, submitted, INTAKE, new ReceiveComplaintCommand(id(submitted), file));
            log.info("Complaint {} received through {}", file.reference(), file.channel());
            return null;
        }

        @Override
        public Void visit(EscalationRequested escalation) {
            LocalDate due = escalation.dueDate() != null ? escalation.dueDate()
                    : serviceLevels.complaintsServiceDueDate(escalation.receivedAt()).dueDate();
            send(commands, escalation, INTAKE, new EscalateComplaintCommand(id(escalation), escalation.reason(),
                    escalation.receivedAt(), due, escalation.metadata().messageId()));
            log.info("Complaint {} escalated to the complaints service through {}", escalation.reference(),
                    escalation.channel());
            return null;
        }

        @Override
        public Void visit(SubmissionDeclined declined) {
            return null; // not a complaint: the policy does not handle it, so the office records nothing
        }

        @Override
        public Void visit(UnknownSubmission unknown) {
            skip(unknown);
            return null;
        }
    }

    /** Routing's decisions, SLA warnings and breaches become commands. */
    private record RoutingDecisions(ComplaintCommandSender commands) implements RoutingMessage.Visitor<Void> {

        /** Routing's decision by its rules: the complaint ignores it once staff chose the department of its line. */
        @Override
        public Void visit(DepartmentAssigned assigned) {
            send(commands, assigned, ROUTING,
                    new AssignDepartmentCommand(id(assigned), assigned.department(), assigned.routingRule()));
            return null;
        }

        @Override
        public Void visit(SlaWarned warning) {
            send(commands, warning, ROUTING, new RecordSlaWarningCommand(id(warning), warning.line(), warning.dueDate()));
            return null;
        }

        @Override
        public Void visit(SlaBreached breach) {
            send(commands, breach, ROUTING, new RecordSlaBreachCommand(id(breach), breach.line(), breach.dueDate()));
            return null;
        }

        @Override
        public Void visit(UnknownRoutingMessage unknown) {
            skip(unknown);
            return null;
        }
    }

    /** The notification service's delivery statuses go to their projection, not to the complaint. */
    private record Deliveries(DeliveryStatusProjection deliveryStatuses) implements DeliveryMessage.Visitor<Void> {

        @Override
        public Void visit(DeliveryStatusChanged delivery) {
            deliveryStatuses.record(delivery);
            return null;
        }

        @Override
        public Void visit(UnknownDeliveryMessage unknown) {
            skip(unknown);
            return null;
        }
    }

    private static void applyOnce(OncePerMessage once, ContractMessage message, String consumer, Runnable effect) {
        if (!once.run(message.metadata().messageId(), consumer, effect)) {
            log.info("Message {} of complaint {} already processed, redelivery skipped", message.metadata().messageId(),
                    message.metadata().complaintId());
        }
    }

    private static ComplaintId id(ContractMessage message) {
        return ComplaintId.of(message.metadata().complaintId());
    }

    /** The command carries who sent the message, and the message's correlation and its own id as causation. */
    private static void send(ComplaintCommandSender commands, ContractMessage message, String actor, Object command) {
        commands.send(command, actor, message.metadata().correlationId(), message.metadata().messageId().toString());
    }

    private static void skip(ContractMessage message) {
        log.warn("Skipped message {} of a type this version does not know", message.metadata().messageId());
    }
}
