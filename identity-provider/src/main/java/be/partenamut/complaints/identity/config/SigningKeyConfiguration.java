package be.partenamut.complaints.identity.config;

import be.partenamut.complaints.identity.signing.SigningKey;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.server.authorization.config.annotation.web.configuration.OAuth2AuthorizationServerConfiguration;

/** The key that signs every token, published at the JWKS endpoint for the services to verify with. */
@Configuration(proxyBeanMethods = false)
public class SigningKeyConfiguration {

    @Bean
    JWKSource<SecurityContext> signingKeys(IdentityProperties properties) {
        RSAKey key = properties.keyDirectory() == null
                ? SigningKey.generate()
                : SigningKey.keptIn(properties.keyDirectory());
        return new ImmutableJWKSet<>(new JWKSet(key));
    }

    /** For the user info endpoint, which reads the bearer token it is given. */
    @Bean
    JwtDecoder jwtDecoder(JWKSource<SecurityContext> signingKeys) {
        return OAuth2AuthorizationServerConfiguration.jwtDecoder(signingKeys);
    }
}
