package be.partenamut.complaints.support.security;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

import java.io.Serializable;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Who calls the staff API, as the identity provider's token says: a member of staff signed in, or a channel
 * system (client credentials). A controller takes it as a parameter ({@code StaffMember caller}, resolved by
 * {@link StaffMemberArgumentResolver}) or calls {@link #current()} / {@link #from(Authentication)}.
 *
 * @param username   {@code preferred_username}, else {@code sub} (a channel system's client id)
 * @param roles      the token's {@code roles} as granted ({@link Roles}), without the {@code ROLE_} prefix and
 *                   not expanded by the hierarchy (ADMIN is not listed as also AGENT)
 * @param department a department agent's department code (HEALTHCARE_REIMBURSEMENTS...), otherwise null
 * @param channels   the channels a channel system may post complaints for (AGENCY, PHONE...); empty for staff
 */
public record StaffMember(String username, Set<String> roles, String department, List<String> channels)
        implements Serializable {

    /** The claims the identity provider adds to its access tokens. */
    public static final String ROLES_CLAIM = "roles";
    public static final String DEPARTMENT_CLAIM = "department";
    public static final String CHANNELS_CLAIM = "channels";

    private static final String ROLE_PREFIX = "ROLE_";

    public StaffMember {
        Objects.requireNonNull(username, "username");
        roles = Set.copyOf(roles);
        channels = List.copyOf(channels);
    }

    /** The caller of the request being served; throws (answered 401) when nobody signed in. */
    public static StaffMember current() {
        return from(SecurityContextHolder.getContext().getAuthentication());
    }

    /**
     * The caller an authentication stands for: from a bearer token, everything it says; from a browser session
     * signed in through the identity provider ({@link StaffPrincipal}), what its access token said; from anything else
     * (a test's mock user, say) the name and roles only.
     */
    public static StaffMember from(Authentication authentication) {
        if (authentication == null || !authentication.isAuthenticated()
                || authentication instanceof AnonymousAuthenticationToken) {
            throw new AuthenticationCredentialsNotFoundException("No staff member signed in");
        }
        if (authentication.getPrincipal() instanceof StaffPrincipal signedIn) {
            return signedIn.staffMember();
        }
        Set<String> roles = authentication.getAuthorities().stream()
                .map(GrantedAuthority::getAuthority)
                .filter(authority -> authority.startsWith(ROLE_PREFIX))
                .map(authority -> authority.substring(ROLE_PREFIX.length()))
                .collect(Collectors.toSet());
        if (authentication instanceof JwtAuthenticationToken token) {
            Jwt jwt = token.getToken();
            List<String> channels = jwt.getClaimAsStringList(CHANNELS_CLAIM);
            return new StaffMember(token.getName(), roles, jwt.getClaimAsString(DEPARTMENT_CLAIM),
                    channels == null ? List.of() : channels);
        }
        return new StaffMember(authentication.getName(), roles, null, List.of());
    }

    /** Whether the token grants {@code role} itself (see {@link #roles()}: the hierarchy is not applied). */
    public boolean hasRole(String role) {
        return roles.contains(role);
    }

    /** A channel system's token rather than a person's. */
    public boolean isChannelSystem() {
        return hasRole(Roles.CHANNEL_SYSTEM);
    }

    /** Whether a channel system may post complaints for {@code channel} (a {@code Channel} name). */
    public boolean mayPostFor(String channel) {
        return isChannelSystem() && channels.contains(channel);
    }
}
