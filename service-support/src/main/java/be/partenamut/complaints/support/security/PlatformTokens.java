package be.partenamut.complaints.support.security;

import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtAudienceValidator;
import org.springframework.security.oauth2.jwt.JwtIssuerValidator;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;

/**
 * What makes an access token the platform's, in one place for every door that reads one: signed by the
 * configured issuer (RS256, a key of its JWKS, fetched at the first token and again when a token names an
 * unknown key), naming that issuer and the platform's audience. When a token counts as current is the
 * door's own rule: the service's clock for a request ({@link StaffSecurityConfiguration}), the time the broker
 * stored a Kafka record for a record (intake's channel topic).
 */
public final class PlatformTokens {

    private PlatformTokens() {
    }

    /** A decoder that checks the signature and then {@code validator}. */
    public static NimbusJwtDecoder decoder(SecurityProperties properties, OAuth2TokenValidator<Jwt> validator) {
        NimbusJwtDecoder decoder = NimbusJwtDecoder.withJwkSetUri(properties.jwkSetUri())
                .jwsAlgorithm(SignatureAlgorithm.RS256)
                .build();
        decoder.setJwtValidator(validator);
        return decoder;
    }

    /** The token names the configured issuer and the platform's audience; says nothing of its time. */
    public static OAuth2TokenValidator<Jwt> issuedForThePlatform(SecurityProperties properties) {
        return new DelegatingOAuth2TokenValidator<>(new JwtIssuerValidator(properties.issuer()),
                new JwtAudienceValidator(properties.audience()));
    }
}
