package be.partenamut.complaints.office.config;

import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.common.jdbc.PersistenceExceptionResolver;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.serialization.Serializer;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Duration;

/**
 * The event store (Axon's JDBC engine, as Axon's auto-configuration builds it) with a gap policy under
 * which the relay to Kafka never skips a committed event.
 *
 * <p>A global index is taken from a sequence when the row is inserted, before its transaction commits, so
 * a reader routinely sees index n+1 while n is still a hole that fills later. Axon remembers such a hole
 * in the tracking token and asks for it again on every read, but forgets it in two cases: when the event
 * it is reading above the hole carries a timestamp older than the gap timeout (the timestamp is set when
 * the event is applied, before its commit), and when the hole lies more than the maximum gap offset below
 * that event. Axon's defaults (60 seconds, 10,000 events) forget a hole whose transaction is merely slow,
 * or that is still open while the relay catches up after a Kafka outage of more than a minute.
 *
 * <p>A hole at n can only be forgotten while n's transaction is still open if the event read above it
 * was applied more than the gap timeout ago. Both transactions were open when that event was inserted,
 * so one of them would have had to live for more than half the gap timeout. Every transaction of this
 * service is bounded on every connection (application.yml: a statement runs at most 30 seconds, a
 * transaction idles at most 60 seconds) and runs a handful of statements (a command: read the complaint's
 * events, append the new ones; a tracking processor: its handler's work and the token), so none lives
 * longer than about eight minutes even at those limits. The gap timeout, one hour, is more than twice
 * that with room for clock differences between instances; and holes are never dropped for their distance,
 * only for their age. A hole that never fills (an insert rolled back) is still dropped after the gap
 * timeout once there are more than 250 of them, so the tracking token does not grow for ever.
 */
@Configuration(proxyBeanMethods = false)
class EventStoreConfiguration {

    @Bean
    EventStorageEngine eventStorageEngine(Serializer defaultSerializer,
                                          PersistenceExceptionResolver persistenceExceptionResolver,
                                          @Qualifier("eventSerializer") Serializer eventSerializer,
                                          org.axonframework.config.Configuration configuration,
                                          ConnectionProvider connectionProvider,
                                          TransactionManager transactionManager,
                                          EventSchema eventSchema,
                                          @Value("${complaints.relay.gap-timeout}") Duration gapTimeout) {
        return JdbcEventStorageEngine.builder()
                .snapshotSerializer(defaultSerializer)
                .upcasterChain(configuration.upcasterChain())
                .persistenceExceptionResolver(persistenceExceptionResolver)
                .eventSerializer(eventSerializer)
                .snapshotFilter(configuration.snapshotFilter())
                .connectionProvider(connectionProvider)
                .transactionManager(transactionManager)
                .schema(eventSchema)
                .gapTimeout(Math.toIntExact(gapTimeout.toMillis()))
                // Holes are dropped for their age only, never for how many events were stored after them.
                .maxGapOffset(Integer.MAX_VALUE)
                .build();
    }
}
