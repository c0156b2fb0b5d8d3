package be.partenamut.complaints.identity.demo;

import be.partenamut.complaints.identity.config.IdentityProperties;
import be.partenamut.complaints.identity.directory.ClientDirectory;
import be.partenamut.complaints.identity.directory.ClientProfile;
import be.partenamut.complaints.identity.directory.StaffDirectory;
import be.partenamut.complaints.identity.directory.StaffMember;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.oidc.OidcScopes;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.settings.ClientSettings;
import org.springframework.security.oauth2.server.authorization.settings.TokenSettings;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The demo staff and clients of the local stack and the tests, and nowhere else: only with the {@code demo}
 * profile. Every staff password is {@code demo} and every client secret {@code demo-secret}, hashed with
 * BCrypt at start. Role names are the services' own (service-support's {@code Roles}), so the services read
 * them from tokens unchanged; channel names are the contracts' {@code Channel}.
 */
@Configuration(proxyBeanMethods = false)
@Profile("demo")
public class DemoAccounts {

    public static final String PASSWORD = "demo";
    public static final String CLIENT_SECRET = "demo-secret";

    /** The role of a channel system's token: it posts complaints for the channels its token names. */
    public static final String CHANNEL_SYSTEM = "CHANNEL_SYSTEM";

    /** The departments' queues, as routing assigns them (notification-service's complaints.notification.departments). */
    static final List<String> DEPARTMENTS = List.of(
            "HEALTHCARE_REIMBURSEMENTS", "INCAPACITY_DISABILITY", "MEMBERSHIP_CONTRIBUTIONS",
            "COMPLEMENTARY_INSURANCE", "HOSPITALISATION_INSURANCE", "HOME_CARE", "THIRD_PARTY_PAYMENT",
            "AGENCIES", "SERVICE_CENTER");

    static final String OFFICE_UI = "complaints-office-ui";
    static final String DEMO_CLI = "demo-cli";

    private static final Logger log = LoggerFactory.getLogger(DemoAccounts.class);

    @Bean
    StaffDirectory staffDirectory(PasswordEncoder encoder) {
        // One hash for the one demo password: BCrypt is slow on purpose, twelve times would only slow the start.
        String hash = encoder.encode(PASSWORD);
        List<StaffMember> staff = new ArrayList<>(List.of(
                new StaffMember("admin", "Demo Administrator", hash, List.of("ADMIN"), null),
                new StaffMember("officer", "Demo Complaints Officer", hash, List.of("OFFICER"), null),
                new StaffMember("analyst", "Demo Analyst", hash, List.of("ANALYST"), null),
                new StaffMember("agent", "Demo Agent", hash, List.of("AGENT"), "HEALTHCARE_REIMBURSEMENTS")));
        for (String department : DEPARTMENTS) {
            staff.add(new StaffMember(agentOf(department), "Demo Agent " + department, hash, List.of("AGENT"), department));
        }
        StaffDirectory directory = new StaffDirectory(staff);
        log.warn("Demo profile: {} demo staff accounts (password '{}'), for the local stack and tests only",
                directory.size(), PASSWORD);
        return directory;
    }

    /** {@code agent-healthcare-reimbursements} for HEALTHCARE_REIMBURSEMENTS. */
    static String agentOf(String department) {
        return "agent-" + department.toLowerCase(Locale.ROOT).replace('_', '-');
    }

    @Bean
    ClientDirectory clientDirectory(PasswordEncoder encoder, IdentityProperties properties) {
        String secret = encoder.encode(CLIENT_SECRET);
        Duration users = properties.userTokenTimeToLive();
        Duration systems = properties.clientTokenTimeToLive();
        ClientDirectory directory = new ClientDirectory(List.of(
                officeUi(secret, users),
                demoCli(users),
                channelSystem("agency-desk", secret, systems, List.of("AGENCY")),
                channelSystem("service-center", secret, systems, List.of("PHONE")),
                channelSystem("mail-room", secret, systems, List.of("LETTER")),
                channelSystem("email-gateway", secret, systems, List.of("EMAIL")),
                disabledClient(secret, systems)));
        log.warn("Demo profile: {} demo clients (secret '{}'), for the local stack and tests only",
                directory.size(), CLIENT_SECRET);
        return directory;
    }

    /**
     * The office's web UI signs staff in (Spring Security's oauth2Login): a confidential client, so its secret
     * stays on the server, with PKCE all the same, and RP-initiated logout back to the office.
     */
    private static RegisteredClient officeUi(String secret, Duration tokenTimeToLive) {
        return RegisteredClient.withId(OFFICE_UI)
                .clientId(OFFICE_UI)
                .clientName("Complaints office")
                .clientSecret(secret)
                .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                .authorizationGrantType(AuthorizationGrantType.REFRESH_TOKEN)
                .redirectUri("http://localhost:8080/login/oauth2/code/" + OFFICE_UI)
                .redirectUri("http://127.0.0.1:8080/login/oauth2/code/" + OFFICE_UI)
                .postLogoutRedirectUri("http://localhost:8080/")
                // On the loopback IP literal, sign-in and sign-out redirects are accepted on any port (OAuth 2.1 for
                // an application on the user's machine): the office's browser tests run it on a random port.
                .postLogoutRedirectUri("http://127.0.0.1:8080/")
                .scope(OidcScopes.OPENID)
                .scope(OidcScopes.PROFILE)
                .clientSettings(staffSignIn())
                .tokenSettings(TokenSettings.builder().accessTokenTimeToLive(tokenTimeToLive).build())
                .build();
    }

    /**
     * A developer's command line (identity-provider/DemoToken.java): a public client, so nothing secret sits in a
     * program, held to PKCE. Its redirect goes to the loopback address, where nothing needs to listen: the program
     * reads the code from the redirect itself. Any port is accepted there, as OAuth 2.1 asks for native clients.
     */
    private static RegisteredClient demoCli(Duration tokenTimeToLive) {
        return RegisteredClient.withId(DEMO_CLI)
                .clientId(DEMO_CLI)
                .clientName("Demo command line")
                .clientAuthenticationMethod(ClientAuthenticationMethod.NONE)
                .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                .redirectUri("http://127.0.0.1/callback")
                .scope(OidcScopes.OPENID)
                .scope(OidcScopes.PROFILE)
                .clientSettings(staffSignIn())
                .tokenSettings(TokenSettings.builder().accessTokenTimeToLive(tokenTimeToLive).build())
                .build();
    }

    /** Staff of the insurer signing in to its own applications: PKCE always, no consent screen. */
    private static ClientSettings staffSignIn() {
        return ClientProfile.forStaffSignIn()
                .applyTo(ClientSettings.builder().requireProofKey(true).requireAuthorizationConsent(false))
                .build();
    }

    private static RegisteredClient channelSystem(String clientId, String secret, Duration tokenTimeToLive,
                                                  List<String> channels) {
        return channelSystem(clientId, secret, tokenTimeToLive, ClientProfile.channelSystem(CHANNEL_SYSTEM, channels));
    }

    /** A client registered but disabled (a system taken out of service): every authentication of it is refused. */
    private static RegisteredClient disabledClient(String secret, Duration tokenTimeToLive) {
        return channelSystem("disabled-client", secret, tokenTimeToLive,
                ClientProfile.channelSystem(CHANNEL_SYSTEM, List.of("AGENCY")).disabled());
    }

    private static RegisteredClient channelSystem(String clientId, String secret, Duration tokenTimeToLive,
                                                  ClientProfile profile) {
        return RegisteredClient.withId(clientId)
                .clientId(clientId)
                .clientSecret(secret)
                .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_POST)
                .authorizationGrantType(AuthorizationGrantType.CLIENT_CREDENTIALS)
                .clientSettings(profile.applyTo(ClientSettings.builder()).build())
                .tokenSettings(TokenSettings.builder().accessTokenTimeToLive(tokenTimeToLive).build())
                .build();
    }
}
