package be.partenamut.complaints.support.security;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.util.List;

/**
 * @param issuer      the OpenID Connect provider whose JWTs the staff API accepts, and no other's: the tokens'
 *                    {@code iss}, and where its signing keys are ({@code <issuer>/oauth2/jwks})
 * @param audience    the {@code aud} every accepted token must name: tokens made for the platform only
 * @param publicPaths requests served without authentication, as {@code "/path/**"} or
 *                    {@code "POST /path"}; health and metrics endpoints are always public
 */
@ConfigurationProperties("complaints.security")
public record SecurityProperties(@DefaultValue("http://localhost:9000") String issuer,
                                 @DefaultValue("complaints-platform") String audience,
                                 List<String> publicPaths) {

    public SecurityProperties {
        issuer = issuer.replaceAll("/+$", "");
        publicPaths = publicPaths == null ? List.of() : List.copyOf(publicPaths);
    }

    /** Where the issuer publishes the keys its tokens are signed with. */
    public String jwkSetUri() {
        return issuer + "/oauth2/jwks";
    }
}
