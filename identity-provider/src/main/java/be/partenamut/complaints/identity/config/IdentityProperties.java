package be.partenamut.complaints.identity.config;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.StringUtils;

import java.nio.file.Path;
import java.time.Duration;

/**
 * @param issuer                the issuer URL every token and the discovery document name; blank: the URL the
 *                              request came to (tests on a random port), never blank in a deployment
 * @param audience              the {@code aud} of every access token: the platform's services accept no other
 * @param userTokenTimeToLive   how long a signed-in staff member's access token is valid
 * @param clientTokenTimeToLive how long a channel system's access token is valid
 * @param keyDirectory          where the signing key is kept so tokens outlive a restart; blank: a new key
 *                              at every start (every token issued before is then refused)
 */
@ConfigurationProperties("complaints.identity")
public record IdentityProperties(
        String issuer,
        @DefaultValue("complaints-platform") String audience,
        @DefaultValue("5m") Duration userTokenTimeToLive,
        @DefaultValue("5m") Duration clientTokenTimeToLive,
        Path keyDirectory) {

    public boolean hasFixedIssuer() {
        return StringUtils.hasText(issuer);
    }
}
