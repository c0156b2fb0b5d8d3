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
        send(command, actor, correlationId, causationId, null);
    }

    /**
     * As {@link #send(Object, String, String, String)}, refused unless the complaint is still at
     * {@code expectedVersion} when it handles the command (the check and the events happen under the complaint's
     * lock).
     *
     * @param expectedVersion the version the sender saw; null to act on the complaint as it stands
     * @throws ComplaintChangedException when the complaint changed since {@code expectedVersion}
     * @throws org.axonframework.modelling.command.ConflictingAggregateVersionException when the complaint never
     *                                                                                  reached that version
     */
    public void send(Object command, String actor, String correlationId, String causationId, Long expectedVersion) {
        MetaData metaData = MetaData.with(Commands.ACTOR, actor).and(Commands.CORRELATION_ID, correlationId);
        if (causationId != null) {
            metaData = metaData.and(Commands.CAUSATION_ID, causationId);
        }
        gateway.sendAndWait(GenericCommandMessage.asCommandMessage(command).andMetaData(withVersion(metaData, expectedVersion)));
    }

    /**
     * As {@link #send}, for a member of staff confined to {@code department}'s queue (a department's agent):
     * the complaint refuses the command unless it is in that queue when it handles it.
     *
     * @throws OutsideDepartmentException when the complaint is in another department's queue, or in none yet
     */
    public void sendWithin(String department, Object command, String actor, String correlationId) {
        sendWithin(department, command, actor, correlationId, null);
    }

    /** As {@link #sendWithin(String, Object, String, String)}, with the version the sender saw (see {@link #send}). */
    public void sendWithin(String department, Object command, String actor, String correlationId,
                           Long expectedVersion) {
        MetaData metaData = MetaData.with(Commands.ACTOR, actor).and(Commands.CORRELATION_ID, correlationId)
                .and(Commands.DEPARTMENT_SCOPE, department);
        gateway.sendAndWait(GenericCommandMessage.asCommandMessage(command).andMetaData(withVersion(metaData, expectedVersion)));
    }

    private static MetaData withVersion(MetaData metaData, Long expectedVersion) {
        return expectedVersion == null ? metaData : metaData.and(Commands.EXPECTED_VERSION, expectedVersion);
    }
}
