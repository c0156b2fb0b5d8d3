package be.partenamut.complaints.office.config;

import be.partenamut.complaints.office.complaint.command.TransitionRefusedException;
import be.partenamut.complaints.support.messaging.deadletter.PermanentFailures;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** What the office's consumers can never process, besides what every service can't (service support's). */
@Configuration(proxyBeanMethods = false)
class MessagingConfiguration {

    /**
     * A message the complaint's rules refuse (a transition its state does not allow), or about a
     * complaint the office has never received: no retry changes the answer, so it is dead-lettered at once.
     */
    @Bean
    PermanentFailures officePermanentFailures() {
        return PermanentFailures.of(TransitionRefusedException.class, AggregateNotFoundException.class);
    }
}
