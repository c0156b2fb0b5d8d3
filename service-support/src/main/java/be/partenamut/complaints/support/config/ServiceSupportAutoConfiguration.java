package be.partenamut.complaints.support.config;

import be.partenamut.complaints.support.correlation.CorrelationIdFilter;
import be.partenamut.complaints.support.messaging.InboundMessages;
import be.partenamut.complaints.support.messaging.KafkaLogging;
import be.partenamut.complaints.support.messaging.ProcessedMessages;
import be.partenamut.complaints.support.messaging.deadletter.DeadLetterConfiguration;
import be.partenamut.complaints.support.problem.CommonProblemHandler;
import be.partenamut.complaints.support.security.StaffSecurityConfiguration;
import be.partenamut.complaints.support.web.StrictRequestBodies;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.validation.Validator;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.jackson.JacksonAutoConfiguration;
import org.springframework.boot.autoconfigure.jdbc.DataSourceAutoConfiguration;
import org.springframework.boot.autoconfigure.jdbc.JdbcClientAutoConfiguration;
import org.springframework.boot.autoconfigure.kafka.KafkaAutoConfiguration;
import org.springframework.boot.autoconfigure.security.oauth2.resource.servlet.OAuth2ResourceServerAutoConfiguration;
import org.springframework.boot.autoconfigure.security.servlet.SecurityAutoConfiguration;
import org.springframework.boot.autoconfigure.security.servlet.UserDetailsServiceAutoConfiguration;
import org.springframework.boot.autoconfigure.validation.ValidationAutoConfiguration;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.core.Ordered;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.support.ProducerListener;

import java.time.Clock;

/**
 * What every service gets by depending on this module. Before Spring Boot's security: the staff API's filter
 * chain and token decoder are the ones that count, never Boot's default chain or a generated password.
 */
@AutoConfiguration(after = {DataSourceAutoConfiguration.class, JdbcClientAutoConfiguration.class,
        JacksonAutoConfiguration.class, ValidationAutoConfiguration.class}, before = {KafkaAutoConfiguration.class,
        SecurityAutoConfiguration.class, OAuth2ResourceServerAutoConfiguration.class,
        UserDetailsServiceAutoConfiguration.class})
@Import({StaffSecurityConfiguration.class, CommonProblemHandler.class, DeadLetterConfiguration.class})
public class ServiceSupportAutoConfiguration {

    /** First of all filters, so that even a refused login is logged under the request's correlation id. */
    @Bean
    FilterRegistrationBean<CorrelationIdFilter> correlationIdFilter() {
        FilterRegistrationBean<CorrelationIdFilter> registration = new FilterRegistrationBean<>(new CorrelationIdFilter());
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }

    @Bean
    ProducerListener<Object, Object> kafkaProducerListener() {
        return KafkaLogging.withoutContents();
    }

    @Bean
    StrictRequestBodies strictRequestBodies(ObjectMapper objectMapper, Validator validator) {
        return new StrictRequestBodies(objectMapper, validator);
    }

    @Bean
    InboundMessages inboundMessages(ObjectMapper objectMapper) {
        return new InboundMessages(objectMapper);
    }

    @Bean
    @ConditionalOnBean(JdbcClient.class)
    ProcessedMessages processedMessages(JdbcClient jdbcClient, ObjectProvider<Clock> clock) {
        return new ProcessedMessages(jdbcClient, clock.getIfAvailable(Clock::systemUTC));
    }
}
