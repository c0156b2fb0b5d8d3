package be.partenamut.complaints.identity;

import com.nimbusds.jwt.JWTClaimsSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The README's one line for a token ({@code java identity-provider/DemoToken.java ...}) really gives one, run as a
 * user runs it: a separate process of the JDK running this test, launching the single source file, against the
 * provider on its port.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "complaints.identity.issuer=")
@ActiveProfiles("demo")
class DemoTokenIT {

    @LocalServerPort
    int port;

    @TempDir
    Path output;

    @Test
    void printsAnAgentsAccessToken() throws Exception {
        Run run = demoToken("--issuer", issuer(), "agent-home-care");

        assertThat(run.exitCode()).as(run.error()).isZero();
        JWTClaimsSet token = new ProviderClient(port).verified(run.output().trim());
        assertThat(token.getSubject()).isEqualTo("agent-home-care");
        assertThat(token.getStringListClaim("roles")).containsExactly("AGENT");
        assertThat(token.getStringClaim("department")).isEqualTo("HOME_CARE");
        assertThat(token.getAudience()).containsExactly("complaints-platform");
    }

    @Test
    void printsTheOfficersIdTokenWhenAskedFor() throws Exception {
        Run run = demoToken("--issuer", issuer(), "--id-token", "officer");

        assertThat(run.exitCode()).as(run.error()).isZero();
        JWTClaimsSet token = new ProviderClient(port).verified(run.output().trim());
        assertThat(token.getAudience()).containsExactly("demo-cli");
        assertThat(token.getStringClaim("preferred_username")).isEqualTo("officer");
    }

    @Test
    void printsAChannelSystemsAccessToken() throws Exception {
        Run run = demoToken("--issuer", issuer(), "--client", "mail-room");

        assertThat(run.exitCode()).as(run.error()).isZero();
        JWTClaimsSet token = new ProviderClient(port).verified(run.output().trim());
        assertThat(token.getSubject()).isEqualTo("mail-room");
        assertThat(token.getStringListClaim("roles")).containsExactly("CHANNEL_SYSTEM");
        assertThat(token.getStringListClaim("channels")).containsExactly("LETTER");
    }

    @Test
    void failsAndSaysWhyOnAWrongPassword() throws Exception {
        Run run = demoToken("--issuer", issuer(), "officer", "not-demo");

        assertThat(run.exitCode()).isNotZero();
        assertThat(run.output()).isEmpty();
        assertThat(run.error()).contains("sign-in refused for 'officer'");
    }

    @Test
    void failsAndSaysWhyForAnUnknownUser() throws Exception {
        Run run = demoToken("--issuer", issuer(), "nobody");

        assertThat(run.exitCode()).isNotZero();
        assertThat(run.output()).isEmpty();
        assertThat(run.error()).contains("sign-in refused for 'nobody'");
    }

    @Test
    void failsAndSaysWhyForAnUnknownClient() throws Exception {
        Run run = demoToken("--issuer", issuer(), "--client", "no-such-system");

        assertThat(run.exitCode()).isNotZero();
        assertThat(run.output()).isEmpty();
        assertThat(run.error()).contains("client 'no-such-system' refused").contains("invalid_client");
    }

    @Test
    void failsAndSaysWhyWhenNoProviderAnswers() throws Exception {
        Run run = demoToken("--issuer", "http://localhost:" + portNobodyListensOn(), "officer");

        assertThat(run.exitCode()).isNotZero();
        assertThat(run.output()).isEmpty();
        assertThat(run.error()).contains("is not reachable");
    }

    private String issuer() {
        return "http://localhost:" + port;
    }

    /** A port just given back by the system: nothing listens there. */
    private static int portNobodyListensOn() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    /**
     * {@code java DemoToken.java <arguments>} with the JDK running this test, from the module's directory, as the
     * README has it from the repository's. Output goes to files, so a full pipe cannot stall the process.
     */
    private Run demoToken(String... arguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(ProcessHandle.current().info().command().orElseThrow());
        command.add(Path.of("DemoToken.java").toAbsolutePath().toString());
        command.addAll(List.of(arguments));
        Path out = Files.createTempFile(output, "out", ".txt");
        Path err = Files.createTempFile(output, "err", ".txt");
        Process process = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        // Compiling the source file first takes seconds on a loaded machine; a generous ceiling, not a pause.
        boolean ended = process.waitFor(120, TimeUnit.SECONDS);
        if (!ended) {
            process.destroyForcibly();
        }
        assertThat(ended).as("DemoToken ends").isTrue();
        return new Run(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }

    private record Run(int exitCode, String output, String error) {
    }
}
