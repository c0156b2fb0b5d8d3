package be.partenamut.complaints.office.complaint.command;

import be.partenamut.complaints.office.complaint.api.Commands;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.modelling.command.AnnotationCommandTargetResolver;
import org.axonframework.modelling.command.CommandTargetResolver;
import org.axonframework.modelling.command.VersionedAggregateIdentifier;

/**
 * Finds the complaint a command targets from its {@code @TargetAggregateIdentifier}, and the version its sender
 * saw from the command's metadata ({@link Commands#EXPECTED_VERSION}) rather than from a field of every command
 * record: the version is about the request, not the decision, and the commands stay the same for the systems
 * that send none. Axon's repository then loads the complaint with that expected version: an older one makes the
 * events stored since available to the complaint's conflict check; a version the complaint never reached is
 * refused at once ({@link org.axonframework.modelling.command.ConflictingAggregateVersionException}).
 */
public class ExpectedVersionTargetResolver implements CommandTargetResolver {

    /** The name of its bean, which {@link Complaint}'s {@code @Aggregate} refers to. */
    public static final String BEAN_NAME = "complaintTargetResolver";

    private final CommandTargetResolver annotations = AnnotationCommandTargetResolver.builder().build();

    @Override
    public VersionedAggregateIdentifier resolveTarget(CommandMessage<?> command) {
        VersionedAggregateIdentifier target = annotations.resolveTarget(command);
        Object expected = command.getMetaData().get(Commands.EXPECTED_VERSION);
        if (!(expected instanceof Number version)) {
            return target;
        }
        return new VersionedAggregateIdentifier(target.getIdentifierValue(), version.longValue());
    }
}
