package be.partenamut.complaints.office.config;

import be.partenamut.complaints.office.complaint.api.Commands;
import be.partenamut.complaints.office.complaint.command.ExpectedVersionTargetResolver;
import be.partenamut.complaints.office.complaint.messaging.ComplaintEventPublisher;
import be.partenamut.complaints.office.complaint.upcasting.ComplaintReceivedEventUpcaster;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.axonframework.eventhandling.tokenstore.jdbc.TokenSchema;
import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;
import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.axonframework.messaging.correlation.SimpleCorrelationDataProvider;
import org.axonframework.serialization.upcasting.event.EventUpcaster;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The event store's tables (see the Flyway migration), its upcasters, what events inherit from commands, and how the Kafka relay fails. */
@Configuration(proxyBeanMethods = false)
public class AxonConfiguration {

    @Bean
    EventSchema eventSchema() {
        return EventSchema.builder()
                .eventTable("domain_event_entry")
                .snapshotTable("snapshot_event_entry")
                .globalIndexColumn("global_index")
                .eventIdentifierColumn("event_identifier")
                .metaDataColumn("meta_data")
                .payloadColumn("payload")
                .payloadRevisionColumn("payload_revision")
                .payloadTypeColumn("payload_type")
                .timestampColumn("time_stamp")
                .aggregateIdentifierColumn("aggregate_identifier")
                .sequenceNumberColumn("sequence_number")
                .typeColumn("type")
                .build();
    }

    /** Lets staff commands carry the complaint's version they saw (see {@link ExpectedVersionTargetResolver}). */
    @Bean(ExpectedVersionTargetResolver.BEAN_NAME)
    ExpectedVersionTargetResolver complaintTargetResolver() {
        return new ExpectedVersionTargetResolver();
    }

    @Bean
    TokenSchema tokenSchema() {
        return TokenSchema.builder()
                .setTokenTable("token_entry")
                .setProcessorNameColumn("processor_name")
                .setSegmentColumn("segment")
                .setTokenColumn("token")
                .setTokenTypeColumn("token_type")
                .setTimestampColumn("timestamp")
                .setOwnerColumn("owner")
                .build();
    }

    /**
     * Stored events of an older revision are read in the current shape. (Axon's Spring Boot support
     * chains every upcaster bean into the event store.)
     */
    @Bean
    EventUpcaster complaintReceivedEventUpcaster() {
        return new ComplaintReceivedEventUpcaster();
    }

    /**
     * Events carry who caused them and the correlation id of the request or message behind them,
     * copied from the command. (It replaces Axon's default, which would put the command's own id
     * where the cross-service correlation id belongs.)
     */
    @Bean
    CorrelationDataProvider commandOriginProvider() {
        return new SimpleCorrelationDataProvider(Commands.ACTOR, Commands.CORRELATION_ID, Commands.CAUSATION_ID);
    }

    /**
     * A failed publication must stop the relay, not be logged and skipped: the processor then keeps
     * its position and retries with back-off until Kafka takes the event.
     */
    @Bean
    ConfigurerModule relayStopsOnFailure() {
        return configurer -> configurer.eventProcessing(processing -> processing.registerListenerInvocationErrorHandler(
                ComplaintEventPublisher.PROCESSING_GROUP, configuration -> PropagatingErrorHandler.instance()));
    }
}
