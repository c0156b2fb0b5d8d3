package be.partenamut.complaints.office.complaint.messaging;

import be.partenamut.complaints.contracts.ComplaintFile;
import be.partenamut.complaints.contracts.ContractMessage;
import be.partenamut.complaints.contracts.deliveries.DeliveryMessage;
import be.partenamut.complaints.contracts.deliveries.DeliveryStatusChanged;
import be.partenamut.complaints.contracts.routing.DepartmentAssigned;
import be.partenamut.complaints.contracts.routing.RoutingMessage;
import be.partenamut.complaints.contracts.routing.SlaBreached;
import be.partenamut.complaints.contracts.routing.SlaWarningRaised;
import be.partenamut.complaints.contracts.submissions.ComplaintSubmitted;
import be.partenamut.complaints.contracts.submissions.EscalationRequested;
import be.partenamut.complaints.contracts.submissions.SubmissionDeclined;
import be.partenamut.complaints.contracts.submissions.SubmissionMessage;
import be.partenamut.complaints.office.complaint.api.AssignDepartmentCommand;
import be.partenamut.complaints.office.complaint.api.ComplaintId;
import be.partenamut.complaints.office.complaint.api.EscalateComplaintCommand;
import be.partenamut.complaints.office.complaint.api.ReceiveComplaintCommand;
import be.partenamut.complaints.office.complaint.api.RecordMessageDeliveryCommand;
import be.partenamut.complaints.office.complaint.api.RecordSlaBreachCommand;
import be.partenamut.complaints.office.complaint.api.RecordSlaWarningCommand;
import be.partenamut.complaints.office.complaint.command.ComplaintCommandSender;
import be.partenamut.complaints.support.messaging.InboundMessages;
import be.partenamut.complaints.workingdays.ServiceLevels;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.LocalDate;
import java.util.function.Consumer;

/**
 * What the office takes from Kafka and turns into commands on complaints: submissions and
 * escalation requests from intake, routing decisions and SLA warnings and breaches from routing,
 * delivery statuses from notifications. The aggregate ignores what it has already recorded, so a
 * redelivered message changes nothing.
 */
@Configuration(proxyBeanMethods = false)
public class InboundConsumers {

    static final String INTAKE = "intake";
    static final String ROUTING = "routing";
    static final String NOTIFICATIONS = "notifications";
    private static final Logger log = LoggerFactory.getLogger(InboundConsumers.class);

    @Bean
    Consumer<byte[]> submissions(InboundMessages inbound, ComplaintCommandSender commands, ServiceLevels serviceLevels) {
        return payload -> inbound.handle(payload, SubmissionMessage.class, message -> {
            if (message instanceof ComplaintSubmitted submitted) {
                ComplaintFile file = submitted.file();
                if (file.firstLineDueDate() == null) {
                    // Submitted before intake computed the due date.
                    file = file.withFirstLineDueDate(serviceLevels.firstLineDueDate(file.receivedAt()).dueDate());
                }
                send(commands, submitted, INTAKE, new ReceiveComplaintCommand(id(submitted), file));
                log.info("Complaint {} received through {}", file.reference(), file.channel());
            } else if (message instanceof EscalationRequested escalation) {
                LocalDate due = escalation.dueDate() != null ? escalation.dueDate()
                        : serviceLevels.complaintsServiceDueDate(escalation.receivedAt()).dueDate();
                send(commands, escalation, INTAKE, new EscalateComplaintCommand(id(escalation), escalation.reason(),
                        escalation.receivedAt(), due));
                log.info("Complaint {} escalated to the complaints service through {}", escalation.reference(),
                        escalation.channel());
            } else if (!(message instanceof SubmissionDeclined)) {
                skip(message);
            }
        });
    }

    @Bean
    Consumer<byte[]> routingDecisions(InboundMessages inbound, ComplaintCommandSender commands) {
        return payload -> inbound.handle(payload, RoutingMessage.class, message -> {
            if (message instanceof DepartmentAssigned assigned) {
                send(commands, assigned, ROUTING,
                        new AssignDepartmentCommand(id(assigned), assigned.department(), assigned.routingRule()));
            } else if (message instanceof SlaWarningRaised warning) {
                send(commands, warning, ROUTING, new RecordSlaWarningCommand(id(warning), warning.line(), warning.dueDate()));
            } else if (message instanceof SlaBreached breach) {
                send(commands, breach, ROUTING, new RecordSlaBreachCommand(id(breach), breach.line(), breach.dueDate()));
            } else {
                skip(message);
            }
        });
    }

    @Bean
    Consumer<byte[]> deliveries(InboundMessages inbound, ComplaintCommandSender commands) {
        return payload -> inbound.handle(payload, DeliveryMessage.class, message -> {
            if (message instanceof DeliveryStatusChanged delivery) {
                send(commands, delivery, NOTIFICATIONS, new RecordMessageDeliveryCommand(id(delivery),
                        delivery.notificationId(), delivery.messageType(), delivery.recipient(), delivery.channel(),
                        delivery.status()));
            } else {
                skip(message);
            }
        });
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
