package be.partenamut.complaints.support.security;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtValidationException;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A service that reaches the provider by another address than the issuer's (docker-compose.yml: tokens name
 * {@code http://localhost:9000}, the services fetch the keys from {@code http://identity-provider:9000}) verifies
 * signatures with the keys at its JWKS address and still holds every token to the issuer. A real HTTP server
 * publishes the keys, as the provider does.
 */
class StaffTokenDecoderTest {

    private static final String ISSUER = "http://localhost:9000";

    private final RSAKey signingKey = rsaKey();
    private final AtomicInteger keyRequests = new AtomicInteger();
    private HttpServer keys;

    @BeforeEach
    void publishTheKeysAtAnotherAddress() throws IOException {
        keys = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        keys.createContext("/oauth2/jwks", exchange -> {
            keyRequests.incrementAndGet();
            byte[] body = new JWKSet(signingKey.toPublicJWK()).toString().getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        keys.start();
    }

    @AfterEach
    void stop() {
        keys.stop(0);
    }

    @Test
    void acceptsTheIssuersTokenWithKeysFetchedFromTheJwkSetUri() throws JOSEException {
        JwtDecoder decoder = decoder(ISSUER, jwksAddress());

        Jwt jwt = decoder.decode(token(ISSUER));

        assertThat(jwt.getSubject()).isEqualTo("officer");
        assertThat(keyRequests).as("the keys came from the JWKS address").hasPositiveValue();
    }

    @Test
    void refusesATokenNamingTheJwksAddressAsIssuer() throws JOSEException {
        JwtDecoder decoder = decoder(ISSUER, jwksAddress());
        String namedAfterTheInsideAddress = token("http://127.0.0.1:" + keys.getAddress().getPort());

        assertThatThrownBy(() -> decoder.decode(namedAfterTheInsideAddress))
                .isInstanceOf(JwtValidationException.class)
                .hasMessageContaining("iss");
    }

    @Test
    void withoutAJwkSetUriFetchesTheKeysFromTheIssuer() throws JOSEException {
        String issuer = "http://127.0.0.1:" + keys.getAddress().getPort();
        JwtDecoder decoder = decoder(issuer, null);

        assertThat(decoder.decode(token(issuer)).getIssuer().toString()).isEqualTo(issuer);
    }

    private String jwksAddress() {
        return "http://127.0.0.1:" + keys.getAddress().getPort() + "/oauth2/jwks";
    }

    private static JwtDecoder decoder(String issuer, String jwkSetUri) {
        SecurityProperties properties = new SecurityProperties(issuer, "complaints-platform", List.of(), jwkSetUri);
        return new StaffSecurityConfiguration().staffTokenDecoder(properties,
                new DefaultListableBeanFactory().getBeanProvider(Clock.class));
    }

    private String token(String issuer) throws JOSEException {
        Instant now = Instant.now();
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(signingKey.getKeyID()).build(),
                new JWTClaimsSet.Builder()
                        .issuer(issuer)
                        .subject("officer")
                        .audience("complaints-platform")
                        .claim("roles", List.of("OFFICER"))
                        .issueTime(Date.from(now))
                        .expirationTime(Date.from(now.plus(5, ChronoUnit.MINUTES)))
                        .build());
        jwt.sign(new RSASSASigner(signingKey));
        return jwt.serialize();
    }

    private static RSAKey rsaKey() {
        try {
            return new RSAKeyGenerator(2048).keyID("test-key").keyUse(KeyUse.SIGNATURE)
                    .algorithm(JWSAlgorithm.RS256).generate();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }
}
