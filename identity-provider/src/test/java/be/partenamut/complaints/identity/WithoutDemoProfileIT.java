package be.partenamut.complaints.identity;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Started as a deployment would be, without the demo profile: it holds nobody, says so when it starts, and
 * gives no token to the demo clients. Started here by hand so its start-up log is surely captured.
 */
@ExtendWith(OutputCaptureExtension.class)
class WithoutDemoProfileIT {

    @Test
    void holdsNoDemoUsersOrClientsAndSaysSo(CapturedOutput output) throws Exception {
        try (ConfigurableApplicationContext provider = new SpringApplicationBuilder(IdentityProviderApplication.class)
                .run("--server.port=0", "--complaints.identity.issuer=https://sso.example.test")) {
            ProviderClient client = new ProviderClient(((WebServerApplicationContext) provider).getWebServer().getPort());

            assertThat(output).contains("No demo profile: no demo users and no demo clients");
            assertThat(output).doesNotContain("Using generated security password");
            assertThat(client.discovery().get("issuer").asText()).isEqualTo("https://sso.example.test");

            HttpResponse<String> mailRoom = client.clientCredentials("mail-room", ProviderClient.SECRET);
            assertThat(mailRoom.statusCode()).isEqualTo(401);
            assertThat(ProviderClient.json(mailRoom.body()).get("error").asText()).isEqualTo("invalid_client");
        }
    }
}
