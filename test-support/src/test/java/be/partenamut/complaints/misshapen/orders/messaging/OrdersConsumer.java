package be.partenamut.complaints.misshapen.orders.messaging;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** A messaging class that configures something else than consumers. */
@Configuration(proxyBeanMethods = false)
public class OrdersConsumer {

    @Bean
    String notAConsumer() {
        return "";
    }
}
