package be.partenamut.complaints.office.complaint.command;

import be.partenamut.complaints.office.complaint.api.Commands;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.MetaData;
import org.springframework.stereotype.Component;

/**
 * Sends a command to a complaint and waits until its events are stored, stamping it with who asked
 * and the correlation id of what caused it; the resulting events inherit both.
 */
@Component
public class ComplaintCommandSender {

    private final CommandGateway gateway;

    public ComplaintCommandSender(CommandGateway gateway) {
        this.gateway = gateway;
    }

    /**
     * @throws TransitionRefusedException when the complaint's state does not allow the command
     * @throws org.axonframework.modelling.command.AggregateNotFoundException when there is no such complaint
     */
    public void send(Object command, String actor, String correlationId, String causationId) {
        MetaData metaData = MetaData.with(Commands.ACTOR, actor).and(Commands.CORRELATION_ID, correlationId);
        if (causationId != null) {
            metaData = metaData.and(Commands.CAUSATION_ID, causationId);
        }
        gateway.sendAndWait(GenericCommandMessage.asCommandMessage(command).andMetaData(metaData));
    }

    /**
     * As {@link #send}, for a member of staff confined to {@code department}'s queue (a department's agent):
     * the complaint refuses the command unless it is in that queue when it handles it.
     *
     * @throws OutsideDepartmentException when the complaint is in another department's queue, or in none yet
     */
    public void sendWithin(String department, Object command, String actor, String correlationId) {
        MetaData metaData = MetaData.with(Commands.ACTOR, actor).and(Commands.CORRELATION_ID, correlationId)
                .and(Commands.DEPARTMENT_SCOPE, department);
        gateway.sendAndWait(GenericCommandMessage.asCommandMessage(command).andMetaData(metaData));
    }
}
