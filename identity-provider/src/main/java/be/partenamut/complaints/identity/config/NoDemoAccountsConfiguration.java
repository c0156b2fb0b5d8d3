package be.partenamut.complaints.identity.config;

import be.partenamut.complaints.identity.directory.ClientDirectory;
import be.partenamut.complaints.identity.directory.StaffDirectory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;

import java.util.List;

/**
 * Without the demo profile the provider holds nobody: no staff account (and no generated password either), no
 * client. It starts and publishes its keys, and refuses every sign-in and token request until a real directory
 * is plugged in.
 */
@Configuration(proxyBeanMethods = false)
@Profile("!demo")
public class NoDemoAccountsConfiguration {

    private static final Logger log = LoggerFactory.getLogger(NoDemoAccountsConfiguration.class);

    @Bean
    StaffDirectory staffDirectory() {
        log.warn("No demo profile: no demo users and no demo clients; every sign-in and token request is refused");
        return new StaffDirectory(List.of());
    }

    @Bean
    ClientDirectory clientDirectory() {
        return new ClientDirectory(List.of());
    }
}
