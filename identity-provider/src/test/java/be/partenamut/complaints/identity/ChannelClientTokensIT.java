package be.partenamut.complaints.identity;

import com.fasterxml.jackson.databind.JsonNode;
import com.nimbusds.jwt.JWTClaimsSet;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import java.net.http.HttpResponse;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/** Channel systems get their tokens with client credentials; the services verify them with the published keys. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "complaints.identity.issuer=")
@ActiveProfiles("demo")
class ChannelClientTokensIT {

    @LocalServerPort
    int port;

    @Test
    void discoveryNamesTheIssuerItsKeysAndItsTokenEndpoint() throws Exception {
        ProviderClient provider = new ProviderClient(port);

        JsonNode discovery = provider.discovery();

        assertThat(discovery.get("issuer").asText()).isEqualTo(provider.baseUrl());
        assertThat(discovery.get("jwks_uri").asText()).isEqualTo(provider.baseUrl() + "/oauth2/jwks");
        assertThat(discovery.get("token_endpoint").asText()).isEqualTo(provider.baseUrl() + "/oauth2/token");
        assertThat(discovery.get("end_session_endpoint").asText()).isEqualTo(provider.baseUrl() + "/connect/logout");
    }

    @Test
    void mailRoomTokenIsSignedForThePlatformAndNamesItsChannel() throws Exception {
        ProviderClient provider = new ProviderClient(port);

        JWTClaimsSet token = provider.verifiedClientToken("mail-room");

        assertThat(token.getIssuer()).isEqualTo(provider.baseUrl());
        assertThat(token.getSubject()).isEqualTo("mail-room");
        assertThat(token.getAudience()).containsExactly("complaints-platform");
        assertThat(token.getStringListClaim("channels")).containsExactly("LETTER");
        assertThat(token.getStringListClaim("roles")).containsExactly("CHANNEL_SYSTEM");
        assertThat(Duration.between(token.getIssueTime().toInstant(), token.getExpirationTime().toInstant()))
                .isEqualTo(Duration.ofMinutes(5));
    }

    @Test
    void eachChannelSystemMayPostForItsOwnChannelOnly() throws Exception {
        ProviderClient provider = new ProviderClient(port);

        assertThat(provider.verifiedClientToken("agency-desk").getStringListClaim("channels")).containsExactly("AGENCY");
        assertThat(provider.verifiedClientToken("service-center").getStringListClaim("channels")).containsExactly("PHONE");
        assertThat(provider.verifiedClientToken("email-gateway").getStringListClaim("channels")).containsExactly("EMAIL");
    }

    @Test
    void disabledClientIsRefusedEvenWithItsSecret() throws Exception {
        HttpResponse<String> response = new ProviderClient(port).clientCredentials("disabled-client", ProviderClient.SECRET);

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(ProviderClient.json(response.body()).get("error").asText()).isEqualTo("invalid_client");
        assertThat(response.body()).doesNotContain("access_token");
    }

    @Test
    void wrongSecretIsRefused() throws Exception {
        HttpResponse<String> response = new ProviderClient(port).clientCredentials("mail-room", "not-the-secret");

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(ProviderClient.json(response.body()).get("error").asText()).isEqualTo("invalid_client");
    }

    @Test
    void staffClientCannotUseClientCredentials() throws Exception {
        HttpResponse<String> response = new ProviderClient(port)
                .clientCredentials(ProviderClient.OFFICE_UI, ProviderClient.SECRET);

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(ProviderClient.json(response.body()).get("error").asText()).isEqualTo("unauthorized_client");
    }
}
