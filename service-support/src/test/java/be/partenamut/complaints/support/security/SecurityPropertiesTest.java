package be.partenamut.complaints.support.security;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Where a service fetches the keys of the issuer it trusts, bound as Spring binds application.yml. */
class SecurityPropertiesTest {

    @Test
    void fetchesTheKeysFromTheIssuerUnlessToldOtherwise() {
        SecurityProperties properties = bind(Map.of("complaints.security.issuer", "https://login.example.be/"));

        assertThat(properties.issuer()).isEqualTo("https://login.example.be");
        assertThat(properties.jwkSetUri()).isEqualTo("https://login.example.be/oauth2/jwks");
    }

    @Test
    void fetchesTheKeysFromTheProvidersInsideAddressWhenOneIsGiven() {
        SecurityProperties properties = bind(Map.of(
                "complaints.security.issuer", "http://localhost:9000",
                "complaints.security.jwk-set-uri", "http://identity-provider:9000/oauth2/jwks"));

        assertThat(properties.issuer()).isEqualTo("http://localhost:9000");
        assertThat(properties.jwkSetUri()).isEqualTo("http://identity-provider:9000/oauth2/jwks");
    }

    @Test
    void defaultsToTheLocalStacksProvider() {
        SecurityProperties properties = bind(Map.of());

        assertThat(properties.issuer()).isEqualTo("http://localhost:9000");
        assertThat(properties.jwkSetUri()).isEqualTo("http://localhost:9000/oauth2/jwks");
        assertThat(properties.audience()).isEqualTo("complaints-platform");
    }

    private static SecurityProperties bind(Map<String, String> properties) {
        return new Binder(new MapConfigurationPropertySource(properties))
                .bindOrCreate("complaints.security", SecurityProperties.class);
    }
}
