package be.partenamut.complaints.support.security;

import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.core.oidc.StandardClaimNames;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

import java.util.List;

/**
 * A validated access token as Spring Security's authentication: its {@code roles} claim becomes the
 * authorities {@code ROLE_<role>} that {@code @PreAuthorize("hasRole(...)")} checks, and the caller's name is
 * {@code preferred_username} (a person) or else {@code sub} (a channel system's client id). Scopes are not
 * authorities here: what a caller may do is its role.
 */
public final class StaffTokenConverter implements Converter<Jwt, AbstractAuthenticationToken> {

    @Override
    public AbstractAuthenticationToken convert(Jwt jwt) {
        List<String> roles = jwt.getClaimAsStringList(StaffMember.ROLES_CLAIM);
        List<GrantedAuthority> authorities = roles == null ? List.of() : roles.stream()
                .<GrantedAuthority>map(role -> new SimpleGrantedAuthority("ROLE_" + role))
                .toList();
        String name = jwt.getClaimAsString(StandardClaimNames.PREFERRED_USERNAME);
        return new JwtAuthenticationToken(jwt, authorities, name != null && !name.isBlank() ? name : jwt.getSubject());
    }
}
