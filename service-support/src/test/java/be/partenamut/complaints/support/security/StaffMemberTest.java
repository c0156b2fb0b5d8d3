package be.partenamut.complaints.support.security;

import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.oauth2.jwt.Jwt;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What a controller learns of its caller from the identity provider's access token. */
class StaffMemberTest {

    private final StaffTokenConverter converter = new StaffTokenConverter();

    @Test
    void readsADepartmentAgentFromTheirToken() {
        StaffMember agent = StaffMember.from(converter.convert(token("0f3c-subject")
                .claim("preferred_username", "agent-home-care")
                .claim("roles", List.of("AGENT"))
                .claim("department", "HOME_CARE")
                .build()));

        assertThat(agent.username()).isEqualTo("agent-home-care");
        assertThat(agent.roles()).containsExactly(Roles.AGENT);
        assertThat(agent.department()).isEqualTo("HOME_CARE");
        assertThat(agent.isChannelSystem()).isFalse();
        assertThat(agent.mayPostFor("WEB_FORM")).isFalse();
    }

    @Test
    void aSignedInSessionIsTheStaffMemberItsAccessTokenSaid() {
        StaffMember fromTheToken = StaffMember.from(converter.convert(token("0f3c-subject")
                .claim("preferred_username", "agent-home-care")
                .claim("roles", List.of("AGENT"))
                .claim("department", "HOME_CARE")
                .build()));
        StaffPrincipal signedIn = () -> fromTheToken;

        StaffMember caller = StaffMember.from(new TestingAuthenticationToken(signedIn, null,
                AuthorityUtils.createAuthorityList("ROLE_AGENT")));

        assertThat(caller).isEqualTo(fromTheToken);
        assertThat(caller.department()).as("the department a session's principal carries").isEqualTo("HOME_CARE");
    }

    @Test
    void readsAChannelSystemFromItsClientCredentialsToken() {
        StaffMember mailRoom = StaffMember.from(converter.convert(token("mail-room")
                .claim("roles", List.of("CHANNEL_SYSTEM"))
                .claim("channels", List.of("LETTER"))
                .build()));

        assertThat(mailRoom.username()).as("no preferred_username: the subject, its client id").isEqualTo("mail-room");
        assertThat(mailRoom.department()).isNull();
        assertThat(mailRoom.mayPostFor("LETTER")).isTrue();
        assertThat(mailRoom.mayPostFor("WEB_FORM")).isFalse();
    }

    @Test
    void grantsTheTokensRolesAsSpringSecurityRoles() {
        assertThat(AuthorityUtils.authorityListToSet(converter.convert(token("officer")
                .claim("roles", List.of("OFFICER", "ANALYST")).build()).getAuthorities()))
                .containsExactlyInAnyOrder("ROLE_OFFICER", "ROLE_ANALYST");
        assertThat(converter.convert(token("nobody").build()).getAuthorities()).isEmpty();
    }

    @Test
    void isNobodyWithoutAToken() {
        assertThatThrownBy(() -> StaffMember.from(new AnonymousAuthenticationToken("key", "anonymousUser",
                AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS"))))
                .isInstanceOf(AuthenticationCredentialsNotFoundException.class);
        assertThatThrownBy(() -> StaffMember.from(null)).isInstanceOf(AuthenticationCredentialsNotFoundException.class);
    }

    private static Jwt.Builder token(String subject) {
        return Jwt.withTokenValue("token").header("alg", "RS256").subject(subject)
                .issuedAt(Instant.now()).expiresAt(Instant.now().plusSeconds(300));
    }
}
