package be.partenamut.complaints.office.complaint.messaging;

import be.partenamut.complaints.contracts.MessageMetadata;
import be.partenamut.complaints.contracts.routing.DepartmentAssigned;
import be.partenamut.complaints.contracts.routing.RoutingMessage;
import be.partenamut.complaints.contracts.submissions.ComplaintSubmitted;
import be.partenamut.complaints.contracts.submissions.SubmissionMessage;
import be.partenamut.complaints.office.complaint.api.AssignDepartmentCommand;
import be.partenamut.complaints.office.complaint.api.ComplaintId;
import be.partenamut.complaints.office.complaint.api.ReceiveComplaintCommand;
import be.partenamut.complaints.office.complaint.command.ComplaintCommandSender;
import be.partenamut.complaints.support.messaging.InboundMessages;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.util.function.Consumer;

/**
 * What the office takes from Kafka: accepted submissions from intake become complaints, routing
 * decisions put them in a department's queue. Both are idempotent in the aggregate itself, so a
 * redelivered message changes nothing.
 */
@Configuration(proxyBeanMethods = false)
public class InboundConsumers {

    static final String INTAKE = "intake";
    static final String ROUTING = "routing";
    private static final Logger log = LoggerFactory.getLogger(InboundConsumers.class);

    @Bean
    Consumer<byte[]> submissions(InboundMessages inbound, ComplaintCommandSender commands) {
        return payload -> inbound.handle(payload, SubmissionMessage.class, message -> {
            if (message instanceof ComplaintSubmitted submitted) {
                commands.send(new ReceiveComplaintCommand(ComplaintId.of(submitted.metadata().complaintId()),
                                submitted.reference(), submitted.channel(), submitted.member(), submitted.category(),
                                submitted.subject(), submitted.description(), submitted.receivedAt()),
                        INTAKE, submitted.metadata().correlationId(), causation(submitted.metadata()));
                log.info("Complaint {} received through {}", submitted.reference(), submitted.channel());
            } else {
                log.warn("Skipped submission message {} of a type this version does not know",
                        message.metadata().messageId());
            }
        });
    }

    @Bean
    Consumer<byte[]> routingDecisions(InboundMessages inbound, ComplaintCommandSender commands) {
        return payload -> inbound.handle(payload, RoutingMessage.class, message -> {
            if (message instanceof DepartmentAssigned assigned) {
                commands.send(new AssignDepartmentCommand(ComplaintId.of(assigned.metadata().complaintId()),
                                assigned.department(), assigned.routingRule()),
                        ROUTING, assigned.metadata().correlationId(), causation(assigned.metadata()));
            } else {
                log.warn("Skipped routing message {} of a type this version does not know",
                        message.metadata().messageId());
            }
        });
    }

    private static String causation(MessageMetadata metadata) {
        return metadata.messageId().toString();
    }
}
