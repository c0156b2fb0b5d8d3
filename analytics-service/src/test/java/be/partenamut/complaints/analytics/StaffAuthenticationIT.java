package be.partenamut.complaints.analytics;

import be.partenamut.complaints.localstack.infra.IdentityProvider;
import be.partenamut.complaints.testsupport.BearerAuth;
import be.partenamut.complaints.testsupport.MutableClock;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.SignedJWT;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The staff API takes only access tokens the platform's identity provider signed for the platform, still valid
 * by the service's clock; a valid token opens only what its roles allow. The statistics stand for every staff
 * endpoint: the rules are service-support's, the same in every service.
 */
class StaffAuthenticationIT extends AnalyticsIntegrationTest {

    private static final String STATISTICS = "/api/v1/statistics";
    /** JwtTimestampValidator's allowance for clocks that differ between the provider and a service. */
    private static final Duration CLOCK_SKEW = Duration.ofSeconds(60);

    @Autowired
    ObjectMapper json;
    @Autowired
    MutableClock clock;

    @AfterEach
    void backToTheRealTime() {
        clock.reset();
    }

    @Test
    void servesAnAnalystWithAValidToken() {
        assertThat(withToken(tokens.userToken("analyst")).getStatusCode()).isEqualTo(HttpStatus.OK);
    }

    @Test
    void asksACallerWithoutATokenForOne() throws Exception {
        ResponseEntity<String> response = http.getForEntity(STATISTICS, String.class);

        assertUnauthenticated(response);
        assertThat(response.getHeaders().getFirst(HttpHeaders.WWW_AUTHENTICATE)).isEqualTo("Bearer");
    }

    @Test
    void refusesATokenSignedWithAnotherKey() throws Exception {
        // The provider's own claims and key id, signed by a key the provider never had.
        SignedJWT real = SignedJWT.parse(tokens.userToken("analyst"));
        RSAKey otherKey = new RSAKeyGenerator(2048).keyID(real.getHeader().getKeyID()).generate();
        SignedJWT forged = new SignedJWT(new JWSHeader.Builder(real.getHeader()).build(), real.getJWTClaimsSet());
        forged.sign(new RSASSASigner(otherKey));

        assertInvalidToken(withToken(forged.serialize()));
    }

    @Test
    void refusesATokenOnceTheServiceClockIsPastItsExpiry() throws Exception {
        String token = tokens.userToken("analyst");
        Instant expiry = SignedJWT.parse(token).getJWTClaimsSet().getExpirationTime().toInstant();
        assertThat(withToken(token).getStatusCode()).isEqualTo(HttpStatus.OK);

        clock.advance(Duration.between(clock.instant(), expiry).plus(CLOCK_SKEW).plusSeconds(30));

        assertInvalidToken(withToken(token));
    }

    @Test
    void refusesATokenFromAnotherIssuer() throws Exception {
        try (IdentityProvider another = IdentityProvider.launch()) {
            String foreign = another.tokens().userToken("analyst");
            assertThat(SignedJWT.parse(foreign).getJWTClaimsSet().getAudience()).containsExactly("complaints-platform");

            assertInvalidToken(withToken(foreign));
        }
    }

    @Test
    void refusesAnIdTokenWhichIsForTheClientNotThePlatform() throws Exception {
        String idToken = tokens.idToken("analyst");
        assertThat(SignedJWT.parse(idToken).getJWTClaimsSet().getAudience()).doesNotContain("complaints-platform");

        assertInvalidToken(withToken(idToken));
    }

    @Test
    void forbidsAValidTokenWhoseRoleDoesNotReadTheFigures() throws Exception {
        for (String token : new String[] {tokens.userToken("agent"), tokens.clientToken("mail-room")}) {
            ResponseEntity<String> response = withToken(token);

            assertThat(response.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
            assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
            JsonNode problem = json.readTree(response.getBody());
            assertThat(problem.get("type").asText()).endsWith("/forbidden");
            assertThat(problem.get("correlationId").asText()).isNotBlank();
        }
    }

    private ResponseEntity<String> withToken(String token) {
        return BearerAuth.withBearer(http, token).getForEntity(STATISTICS, String.class);
    }

    private void assertInvalidToken(ResponseEntity<String> response) throws Exception {
        assertUnauthenticated(response);
        assertThat(response.getHeaders().getFirst(HttpHeaders.WWW_AUTHENTICATE))
                .startsWith("Bearer").contains("error=\"invalid_token\"");
    }

    private void assertUnauthenticated(ResponseEntity<String> response) throws Exception {
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        JsonNode problem = json.readTree(response.getBody());
        assertThat(problem.get("type").asText()).endsWith("/unauthenticated");
        assertThat(problem.get("status").asInt()).isEqualTo(401);
        assertThat(problem.get("correlationId").asText()).isNotBlank();
    }
}
