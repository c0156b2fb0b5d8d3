package be.partenamut.complaints.identity.token;

import be.partenamut.complaints.identity.directory.ClientProfile;
import be.partenamut.complaints.identity.directory.StaffDirectory;
import be.partenamut.complaints.identity.directory.StaffMember;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.oidc.StandardClaimNames;
import org.springframework.security.oauth2.core.oidc.endpoint.OidcParameterNames;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.server.authorization.OAuth2TokenType;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;

import java.util.List;

/**
 * What the platform's services read from a token, beyond the standard claims:
 * <ul>
 *   <li>every access token is for the platform ({@code aud}), whichever client asked for it;</li>
 *   <li>a staff member's tokens carry their {@code roles} and, for a department agent, the {@code department};</li>
 *   <li>a channel system's (client-credentials) token carries its {@code roles} and the {@code channels} it may
 *       post complaints for;</li>
 *   <li>the ID token names the staff member ({@code name}, {@code preferred_username}).</li>
 * </ul>
 * Roles and department are read from the directory when the token is made, so a refreshed token follows a change.
 */
public class PlatformClaims implements OAuth2TokenCustomizer<JwtEncodingContext> {

    public static final String ROLES = "roles";
    public static final String DEPARTMENT = "department";
    public static final String CHANNELS = "channels";

    private static final OAuth2TokenType ID_TOKEN = new OAuth2TokenType(OidcParameterNames.ID_TOKEN);

    private final StaffDirectory staff;
    private final String audience;

    public PlatformClaims(StaffDirectory staff, String audience) {
        this.staff = staff;
        this.audience = audience;
    }

    @Override
    public void customize(JwtEncodingContext context) {
        JwtClaimsSet.Builder claims = context.getClaims();
        if (OAuth2TokenType.ACCESS_TOKEN.equals(context.getTokenType())) {
            claims.audience(List.of(audience));
            if (AuthorizationGrantType.CLIENT_CREDENTIALS.equals(context.getAuthorizationGrantType())) {
                ClientProfile client = ClientProfile.of(context.getRegisteredClient());
                claims.claim(ROLES, client.roles());
                claims.claim(CHANNELS, client.channels());
            } else {
                staff.find(context.getPrincipal().getName()).ifPresent(member -> {
                    claims.claim(ROLES, member.roles());
                    claims.claim(StandardClaimNames.PREFERRED_USERNAME, member.username());
                    member.departmentCode().ifPresent(department -> claims.claim(DEPARTMENT, department));
                });
            }
        } else if (ID_TOKEN.equals(context.getTokenType())) {
            staff.find(context.getPrincipal().getName()).ifPresent(member -> name(claims, member));
        }
    }

    private static void name(JwtClaimsSet.Builder claims, StaffMember member) {
        claims.claim(StandardClaimNames.NAME, member.name());
        claims.claim(StandardClaimNames.PREFERRED_USERNAME, member.username());
    }
}
