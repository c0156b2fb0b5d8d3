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

/** Staff sign in on the provider's form through the office UI's client (authorization code with PKCE). */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "complaints.identity.issuer=")
@ActiveProfiles("demo")
class StaffSignInIT {

    @LocalServerPort
    int port;

    @Test
    void officerSignsInAndGetsAnOfficerTokenAndAnIdToken() throws Exception {
        ProviderClient provider = new ProviderClient(port);

        JsonNode tokens = provider.signIn("officer", "demo");

        JWTClaimsSet access = provider.verified(tokens.get("access_token").asText());
        assertThat(access.getSubject()).isEqualTo("officer");
        assertThat(access.getAudience()).containsExactly("complaints-platform");
        assertThat(access.getStringListClaim("roles")).containsExactly("OFFICER");
        assertThat(access.getClaim("department")).isNull();
        assertThat(Duration.between(access.getIssueTime().toInstant(), access.getExpirationTime().toInstant()))
                .isEqualTo(Duration.ofMinutes(5));

        JWTClaimsSet id = provider.verified(tokens.get("id_token").asText());
        assertThat(id.getAudience()).containsExactly(ProviderClient.OFFICE_UI);
        assertThat(id.getStringClaim("preferred_username")).isEqualTo("officer");
        assertThat(id.getStringClaim("name")).isEqualTo("Demo Complaints Officer");
        assertThat(tokens.hasNonNull("refresh_token")).as("the office UI keeps its session going").isTrue();
    }

    @Test
    void departmentAgentsTokenNamesTheirDepartment() throws Exception {
        ProviderClient provider = new ProviderClient(port);

        JWTClaimsSet access = provider.verified(provider.signIn("agent-incapacity-disability", "demo")
                .get("access_token").asText());

        assertThat(access.getStringListClaim("roles")).containsExactly("AGENT");
        assertThat(access.getStringClaim("department")).isEqualTo("INCAPACITY_DISABILITY");
    }

    @Test
    void theExistingDemoAgentWorksForHealthcareReimbursements() throws Exception {
        ProviderClient provider = new ProviderClient(port);

        JWTClaimsSet access = provider.verified(provider.signIn("agent", "demo").get("access_token").asText());

        assertThat(access.getStringClaim("department")).isEqualTo("HEALTHCARE_REIMBURSEMENTS");
    }

    @Test
    void userInfoNamesTheSignedInStaffMember() throws Exception {
        ProviderClient provider = new ProviderClient(port);
        String accessToken = provider.signIn("analyst", "demo").get("access_token").asText();

        HttpResponse<String> userInfo = provider.userInfo(accessToken);

        assertThat(userInfo.statusCode()).isEqualTo(200);
        assertThat(ProviderClient.json(userInfo.body()).get("preferred_username").asText()).isEqualTo("analyst");
    }

    @Test
    void wrongPasswordGetsNoCode() throws Exception {
        assertThat(new ProviderClient(port).signIn("officer", "not-demo")).isNull();
    }
}
