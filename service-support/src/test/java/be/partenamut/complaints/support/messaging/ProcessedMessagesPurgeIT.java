package be.partenamut.complaints.support.messaging;

import be.partenamut.complaints.localstack.infra.DatabaseServer;
import be.partenamut.complaints.localstack.infra.SharedInfrastructure;
import be.partenamut.complaints.support.config.DeduplicationAutoConfiguration;
import be.partenamut.complaints.testsupport.MutableClock;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.jdbc.DataSourceAutoConfiguration;
import org.springframework.boot.autoconfigure.jdbc.DataSourceTransactionManagerAutoConfiguration;
import org.springframework.boot.autoconfigure.jdbc.JdbcClientAutoConfiguration;
import org.springframework.boot.autoconfigure.jdbc.JdbcTemplateAutoConfiguration;
import org.springframework.boot.autoconfigure.task.TaskSchedulingAutoConfiguration;
import org.springframework.boot.autoconfigure.transaction.TransactionAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The records of processed messages are forgotten once their messages can no longer come back, on a real
 * PostgreSQL, as every service gets it by depending on this module (with its own database and clock).
 */
class ProcessedMessagesPurgeIT {

    private static final String DATABASE = "deduplication";
    private static final String CONSUMER = "figures";

    private final ApplicationContextRunner service = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(DataSourceAutoConfiguration.class,
                    DataSourceTransactionManagerAutoConfiguration.class, TransactionAutoConfiguration.class,
                    JdbcTemplateAutoConfiguration.class, JdbcClientAutoConfiguration.class,
                    TaskSchedulingAutoConfiguration.class, DeduplicationAutoConfiguration.class))
            .withUserConfiguration(AService.class)
            .withPropertyValues("spring.datasource.url=" + postgres().jdbcUrl(DATABASE),
                    "spring.datasource.username=" + postgres().user(),
                    "spring.datasource.password=" + postgres().password());

    @BeforeAll
    static void database() {
        postgres().createDatabases(List.of(DATABASE));
    }

    @Test
    void forgetsAMessageOnlyOnceTheTopicsNoLongerHoldIt() {
        service.run(context -> {
            MutableClock clock = context.getBean(MutableClock.class);
            ProcessedMessages processed = context.getBean(ProcessedMessages.class);
            ProcessedMessagesPurge purge = context.getBean(ProcessedMessagesPurge.class);
            UUID old = UUID.randomUUID();
            UUID recent = UUID.randomUUID();

            assertThat(processed.firstDelivery(old, CONSUMER)).isTrue();
            clock.advance(Duration.ofDays(10));
            assertThat(processed.firstDelivery(recent, CONSUMER)).isTrue();

            // Kept for the topics' retention (8 days by default) plus 7: still there a minute before.
            clock.advance(Duration.ofDays(5).minusMinutes(1));
            purge.purge();
            assertThat(processed.firstDelivery(old, CONSUMER)).as("still remembered").isFalse();

            clock.advance(Duration.ofMinutes(2));
            assertThat(purge.purge()).isPositive();
            assertThat(processed.firstDelivery(recent, CONSUMER)).as("a recent message is still remembered").isFalse();
            assertThat(processed.firstDelivery(old, CONSUMER)).as("an old message is forgotten").isTrue();
        });
    }

    @Test
    void purgesOnItsOwnScheduleInAServiceWithoutScheduledJobsOfItsOwn() {
        service.withPropertyValues("complaints.messaging.deduplication.purge-every=200ms",
                        "complaints.messaging.deduplication.keep-for=P9D")
                .run(context -> {
                    MutableClock clock = context.getBean(MutableClock.class);
                    ProcessedMessages processed = context.getBean(ProcessedMessages.class);
                    UUID old = UUID.randomUUID();
                    assertThat(processed.firstDelivery(old, CONSUMER)).isTrue();

                    clock.advance(Duration.ofDays(9).plusMinutes(1));

                    await().atMost(Duration.ofSeconds(30)).until(() -> recorded(context.getBean(JdbcClient.class), old) == 0);
                });
    }

    @Test
    void refusesToStartWhenMessagesWouldBeForgottenWhileStillOnTheTopics() {
        service.withPropertyValues("complaints.messaging.deduplication.topic-retention=P8D",
                        "complaints.messaging.deduplication.keep-for=P7D")
                .run(context -> assertThat(context).hasFailed().getFailure().rootCause()
                        .hasMessageContaining("must be longer than the topics' retention"));
    }

    private static long recorded(JdbcClient jdbc, UUID messageId) {
        return jdbc.sql("select count(*) from processed_message where message_id = :id")
                .param("id", messageId).query(Long.class).single();
    }

    private static DatabaseServer postgres() {
        return SharedInfrastructure.postgres();
    }

    /** What a service brings: its clock, and the records of processed messages in its own database. */
    @Configuration(proxyBeanMethods = false)
    static class AService {

        @Bean
        MutableClock clock() {
            return new MutableClock(Duration.ZERO);
        }

        @Bean
        ProcessedMessages processedMessages(JdbcClient jdbc, Clock clock) {
            jdbc.sql("""
                    create table if not exists processed_message (
                        message_id   uuid         not null,
                        consumer     varchar(100) not null,
                        processed_at timestamptz  not null,
                        primary key (message_id, consumer))""").update();
            jdbc.sql("create index if not exists processed_message_processed_at on processed_message (processed_at)")
                    .update();
            return new ProcessedMessages(jdbc, clock);
        }
    }
}
