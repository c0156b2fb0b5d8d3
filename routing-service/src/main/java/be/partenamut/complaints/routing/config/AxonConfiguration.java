package be.partenamut.complaints.routing.config;

import be.partenamut.complaints.routing.sla.saga.ComplaintSlaSaga;
import com.github.kagkarlsson.scheduler.Scheduler;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.ConfigurationScopeAwareProvider;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.deadline.DeadlineManagerSpanFactory;
import org.axonframework.deadline.dbscheduler.DbSchedulerDeadlineManager;
import org.axonframework.eventhandling.EventBus;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.axonframework.eventhandling.SimpleEventBus;
import org.axonframework.eventhandling.tokenstore.jdbc.TokenSchema;
import org.axonframework.modelling.saga.repository.jdbc.PostgresSagaSqlSchema;
import org.axonframework.modelling.saga.repository.jdbc.SagaSchema;
import org.axonframework.modelling.saga.repository.jdbc.SagaSqlSchema;
import org.axonframework.serialization.Serializer;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Axon in the routing service: no event store and no Axon Server. The events come from Kafka; the
 * consumer publishes each one on a plain event bus, and the SLA saga handles it in a <em>subscribing</em>
 * processor, on the consumer's thread and inside the consumer's transaction. So one database
 * transaction records the message id (the dedupe), the saga's state, its deadlines (db-scheduler
 * writes {@code scheduled_tasks} in the same transaction) and {@code sla_status}; the Kafka offset is
 * committed after it. A redelivered message is recognised by its id and skipped; a failure rolls
 * everything back and Kafka delivers the message again. Storing the events a second time in an Axon
 * event store for a tracking processor would add a copy of Kafka's log and nothing to this guarantee.
 * Axon's processors start (phase {@code INBOUND_EVENT_CONNECTORS}) before Spring Cloud Stream's input
 * bindings and stop after them, so no Kafka message meets a bus without its saga.
 * <p>
 * Tables (Flyway, {@code V3__sla_timers.sql}): sagas in {@code saga_entry} and
 * {@code association_value_entry} ({@code bytea}, snake_case columns), deadlines in db-scheduler's
 * {@code scheduled_tasks}, and {@code token_entry} for Axon's token store (unused while no processor
 * tracks).
 */
@Configuration(proxyBeanMethods = false)
public class AxonConfiguration {

    /** A plain bus: without it, Axon's auto-configuration would set up a JDBC event store. */
    @Bean
    EventBus eventBus() {
        return SimpleEventBus.builder().build();
    }

    @Bean
    SagaSqlSchema sagaSqlSchema() {
        PostgresSagaSqlSchema schema = new PostgresSagaSqlSchema(SagaSchema.builder()
                .sagaEntryTable("saga_entry")
                .sagaIdColumn("saga_id")
                .sagaTypeColumn("saga_type")
                .revisionColumn("revision")
                .serializedSagaColumn("serialized_saga")
                .associationValueEntryTable("association_value_entry")
                .associationKeyColumn("association_key")
                .associationValueColumn("association_value")
                .build());
        // SELECT ... FOR UPDATE: a deadline firing and an event for the same complaint take turns, also
        // across instances and while the other's transaction is still open.
        schema.setExclusiveLoad(true);
        return schema;
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
     * Subscribing processors (see above), and a failing saga handler fails the message instead of
     * being logged and skipped (Axon's default): the transaction rolls back and Kafka redelivers.
     */
    @Bean
    ConfigurerModule slaProcessing() {
        return configurer -> configurer.eventProcessing(processing -> processing
                .usingSubscribingEventProcessors()
                .registerListenerInvocationErrorHandler(ComplaintSlaSaga.PROCESSING_GROUP,
                        configuration -> PropagatingErrorHandler.instance())
                .registerErrorHandler(ComplaintSlaSaga.PROCESSING_GROUP,
                        configuration -> PropagatingErrorHandler.instance()));
    }

    /**
     * Axon's db-scheduler deadline manager (what its auto-configuration would make), tolerant of
     * cancelling a deadline that has just fired. The Spring Boot starter starts and stops the scheduler.
     */
    @Bean
    DbSchedulerDeadlineManager deadlineManager(Scheduler scheduler, org.axonframework.config.Configuration configuration,
                                               @Qualifier("eventSerializer") Serializer serializer,
                                               TransactionManager transactionManager,
                                               DeadlineManagerSpanFactory spanFactory) {
        return new LenientDbSchedulerDeadlineManager(DbSchedulerDeadlineManager.builder()
                .scheduler(scheduler)
                .scopeAwareProvider(new ConfigurationScopeAwareProvider(configuration))
                .serializer(serializer)
                .transactionManager(transactionManager)
                .spanFactory(spanFactory)
                .startScheduler(false)
                .stopScheduler(false), scheduler);
    }
}
