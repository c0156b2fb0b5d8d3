package be.partenamut.complaints.identity;

import com.nimbusds.jwt.JWTClaimsSet;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** The README's one line for a staff member's token ({@code demo-token.sh}) really gives one. Needs curl and openssl. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "complaints.identity.issuer=")
@ActiveProfiles("demo")
class DemoTokenScriptIT {

    @LocalServerPort
    int port;

    @Test
    void printsAnAgentsAccessToken() throws Exception {
        ProviderClient provider = new ProviderClient(port);

        Run run = script("agent-home-care");

        assertThat(run.exitCode()).as(run.error()).isZero();
        JWTClaimsSet token = provider.verified(run.output().trim());
        assertThat(token.getSubject()).isEqualTo("agent-home-care");
        assertThat(token.getStringListClaim("roles")).containsExactly("AGENT");
        assertThat(token.getStringClaim("department")).isEqualTo("HOME_CARE");
        assertThat(token.getAudience()).containsExactly("complaints-platform");
    }

    @Test
    void failsAndSaysWhyOnAWrongPassword() throws Exception {
        Run run = script("officer", "not-demo");

        assertThat(run.exitCode()).isNotZero();
        assertThat(run.output()).isEmpty();
        assertThat(run.error()).contains("sign-in refused for 'officer'");
    }

    private Run script(String... arguments) throws IOException, InterruptedException {
        String[] command = new String[arguments.length + 2];
        command[0] = "bash";
        command[1] = Path.of("demo-token.sh").toAbsolutePath().toString();
        System.arraycopy(arguments, 0, command, 2, arguments.length);
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().put("IDENTITY_PROVIDER_URL", "http://localhost:" + port);
        Process process = builder.start();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("the script ends").isTrue();
        return new Run(process.exitValue(),
                new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8),
                new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8));
    }

    private record Run(int exitCode, String output, String error) {
    }
}
