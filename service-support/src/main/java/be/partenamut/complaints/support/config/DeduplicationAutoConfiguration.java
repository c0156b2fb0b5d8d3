package be.partenamut.complaints.support.config;

import be.partenamut.complaints.support.messaging.DeduplicationProperties;
import be.partenamut.complaints.support.messaging.OncePerMessage;
import be.partenamut.complaints.support.messaging.ProcessedMessages;
import be.partenamut.complaints.support.messaging.ProcessedMessagesPurge;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.task.TaskSchedulingAutoConfiguration;
import org.springframework.boot.autoconfigure.transaction.TransactionAutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;

/**
 * Deduplication records, for every service that keeps them (it has a database, hence
 * {@link ProcessedMessages}): their purge on a schedule, and {@link OncePerMessage}. Scheduling is enabled
 * here because the purge runs in every service, also those without a scheduled job of their own.
 */
@AutoConfiguration(after = {ServiceSupportAutoConfiguration.class, TransactionAutoConfiguration.class},
        before = TaskSchedulingAutoConfiguration.class)
@ConditionalOnBean(ProcessedMessages.class)
@EnableConfigurationProperties(DeduplicationProperties.class)
@EnableScheduling
public class DeduplicationAutoConfiguration {

    @Bean
    ProcessedMessagesPurge processedMessagesPurge(ProcessedMessages processedMessages,
                                                  DeduplicationProperties properties, ObjectProvider<Clock> clock) {
        return new ProcessedMessagesPurge(processedMessages, properties, clock.getIfAvailable(Clock::systemUTC));
    }

    @Bean
    OncePerMessage oncePerMessage(ProcessedMessages processedMessages, PlatformTransactionManager transactionManager) {
        return new OncePerMessage(processedMessages, new TransactionTemplate(transactionManager));
    }
}
