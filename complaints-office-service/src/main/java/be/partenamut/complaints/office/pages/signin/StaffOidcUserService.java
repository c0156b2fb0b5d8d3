package be.partenamut.complaints.office.pages.signin;

import be.partenamut.complaints.support.security.StaffMember;
import be.partenamut.complaints.support.security.StaffTokenConverter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2ErrorCodes;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;

/**
 * Who signed in, for the pages: the roles and department are in the provider's ACCESS token (the ID token only
 * names the person), so the access token is checked by the staff API's own decoder (issuer, audience, signature,
 * expiry) and read by the API's own converter: one rule for who may do what, whichever door the staff come in by.
 */
public final class StaffOidcUserService implements OAuth2UserService<OidcUserRequest, OidcUser> {

    private final JwtDecoder accessTokens;
    private final StaffTokenConverter converter = new StaffTokenConverter();

    public StaffOidcUserService(JwtDecoder accessTokens) {
        this.accessTokens = accessTokens;
    }

    @Override
    public OidcUser loadUser(OidcUserRequest request) {
        Jwt accessToken;
        try {
            accessToken = accessTokens.decode(request.getAccessToken().getTokenValue());
        } catch (JwtException refused) {
            throw new OAuth2AuthenticationException(new OAuth2Error(OAuth2ErrorCodes.INVALID_TOKEN,
                    "The provider's access token is not one the office accepts: " + refused.getMessage(), null), refused);
        }
        AbstractAuthenticationToken asBearer = converter.convert(accessToken);
        return new StaffOidcUser(asBearer.getAuthorities(), request.getIdToken(), StaffMember.from(asBearer));
    }
}
