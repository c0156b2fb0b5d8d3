package be.partenamut.complaints.identity;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * The OpenID Connect provider of the local stack and the tests: staff sign in with the authorization-code
 * flow, channel systems authenticate with client credentials, and every service accepts the JWTs it signs.
 * It holds users and clients only in the {@code demo} profile.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class IdentityProviderApplication {

    public static void main(String[] args) {
        SpringApplication.run(IdentityProviderApplication.class, args);
    }
}
