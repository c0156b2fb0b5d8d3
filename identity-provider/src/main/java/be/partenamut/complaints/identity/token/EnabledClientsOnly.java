package be.partenamut.complaints.identity.token;

import be.partenamut.complaints.identity.directory.ClientProfile;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2ErrorCodes;
import org.springframework.security.oauth2.server.authorization.authentication.OAuth2ClientAuthenticationToken;

import java.util.List;

/**
 * Refuses a disabled client however it authenticates (secret, assertion, none): wraps each of the
 * provider's client-authentication providers and, once one has recognised the client, turns a disabled one
 * into {@code invalid_client}, the same answer as a wrong secret, so a caller learns nothing more.
 */
public final class EnabledClientsOnly implements AuthenticationProvider {

    private static final Logger log = LoggerFactory.getLogger(EnabledClientsOnly.class);

    private final AuthenticationProvider delegate;

    private EnabledClientsOnly(AuthenticationProvider delegate) {
        this.delegate = delegate;
    }

    /** For {@code clientAuthentication(c -> c.authenticationProviders(EnabledClientsOnly::wrapAll))}. */
    public static void wrapAll(List<AuthenticationProvider> providers) {
        providers.replaceAll(EnabledClientsOnly::new);
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        Authentication result = delegate.authenticate(authentication);
        if (result instanceof OAuth2ClientAuthenticationToken client
                && client.getRegisteredClient() != null
                && !ClientProfile.of(client.getRegisteredClient()).enabled()) {
            log.info("Refused disabled client {}", client.getRegisteredClient().getClientId());
            throw new OAuth2AuthenticationException(new OAuth2Error(OAuth2ErrorCodes.INVALID_CLIENT,
                    "Client authentication failed", null));
        }
        return result;
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return delegate.supports(authentication);
    }
}
