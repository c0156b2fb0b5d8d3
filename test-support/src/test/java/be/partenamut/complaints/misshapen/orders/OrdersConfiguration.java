package be.partenamut.complaints.misshapen.orders;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Clock;
import java.util.function.Consumer;

/** Configuration inside a feature, defining the clock and a Kafka consumer there. */
@Configuration(proxyBeanMethods = false)
public class OrdersConfiguration {

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    @Bean
    Consumer<byte[]> orders() {
        return payload -> { };
    }
}
