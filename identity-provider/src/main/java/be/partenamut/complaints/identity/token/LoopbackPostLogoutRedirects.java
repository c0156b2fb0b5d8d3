package be.partenamut.complaints.identity.token;

import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2ErrorCodes;
import org.springframework.security.oauth2.server.authorization.oidc.authentication.OidcLogoutAuthenticationContext;
import org.springframework.security.oauth2.server.authorization.oidc.authentication.OidcLogoutAuthenticationToken;
import org.springframework.web.util.UriComponents;
import org.springframework.web.util.UriComponentsBuilder;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.function.Consumer;

/**
 * Where a signed-out browser may be sent back ({@code post_logout_redirect_uri}): a registered address exactly, as
 * Spring Authorization Server's own rule has it; or, for an address registered on a loopback IP literal
 * ({@code http://127.0.0.1:8080/}), the same address on any port. That is the rule the provider already applies to
 * sign-in redirects on loopback addresses (OAuth 2.1, section 8.4.2: an application on the user's own machine may get
 * its port at start), so an application that signs in on a loopback port can sign out there too: the office's
 * browser tests run it on a random port. Any other host, or another path, is refused as before.
 */
public final class LoopbackPostLogoutRedirects implements Consumer<OidcLogoutAuthenticationContext> {

    @Override
    public void accept(OidcLogoutAuthenticationContext context) {
        OidcLogoutAuthenticationToken logout = context.getAuthentication();
        String requested = logout.getPostLogoutRedirectUri();
        if (requested == null || requested.isBlank()
                || context.getRegisteredClient().getPostLogoutRedirectUris().contains(requested)) {
            return;
        }
        UriComponents asked = parsed(requested);
        if (asked != null && asked.getFragment() == null && isLoopbackLiteral(asked.getHost())) {
            for (String registered : context.getRegisteredClient().getPostLogoutRedirectUris()) {
                UriComponents candidate = parsed(registered);
                if (candidate != null && isLoopbackLiteral(candidate.getHost())
                        && UriComponentsBuilder.fromUriString(registered).port(asked.getPort()).build().toString()
                        .equals(asked.toString())) {
                    return;
                }
            }
        }
        // The error Spring Authorization Server's own validator gives an address not registered.
        throw new OAuth2AuthenticationException(new OAuth2Error(OAuth2ErrorCodes.INVALID_REQUEST,
                "OpenID Connect 1.0 Logout Request Parameter: post_logout_redirect_uri",
                "https://openid.net/specs/openid-connect-rpinitiated-1_0.html#ValidationAndErrorHandling"));
    }

    private static UriComponents parsed(String uri) {
        try {
            return UriComponentsBuilder.fromUriString(uri).build();
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** 127.0.0.0/8 or [::1] written as an IP address: never a name such as localhost, which DNS could answer. */
    static boolean isLoopbackLiteral(String host) {
        if (host == null || !(host.matches("\\d{1,3}(\\.\\d{1,3}){3}") || host.startsWith("["))) {
            return false;
        }
        try {
            return InetAddress.getByName(host).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }
}
