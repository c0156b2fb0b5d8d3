package be.partenamut.complaints.misshapen.config;

import org.springframework.context.annotation.Configuration;

/** Where the clock belongs (left empty: the misshapen service defines it elsewhere). */
@Configuration(proxyBeanMethods = false)
public class ClockConfiguration {
}
