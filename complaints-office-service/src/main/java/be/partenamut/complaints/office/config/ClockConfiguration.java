package be.partenamut.complaints.office.config;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Clock;

@Configuration(proxyBeanMethods = false)
class ClockConfiguration {

    /** One clock for the whole service, so tests can set the time. */
    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
