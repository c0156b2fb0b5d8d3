package be.partenamut.complaints.support.security;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.StringUtils;

import java.util.List;

/**
 * @param issuer      the OpenID Connect provider whose JWTs the staff API accepts, and no other's: the tokens'
 *                    {@code iss}, exactly as the provider names itself to browsers and command lines
 * @param audience    the {@code aud} every accepted token must name: tokens made for the platform only
 * @param publicPaths requests served without authentication, as {@code "/path/**"} or
 *                    {@code "POST /path"}; health and metrics endpoints are always public
 * @param jwkSetUri   where the service fetches the issuer's signing keys; unset: {@code <issuer>/oauth2/jwks}.
 *                    Set it when the service reaches the provider by another address than the issuer's, as in
 *                    docker-compose.yml: tokens name {@code http://localhost:9000}, the address a browser on the
 *                    host uses, while the services reach the provider as {@code http://identity-provider:9000}
 */
@ConfigurationProperties("complaints.security")
public record SecurityProperties(@DefaultValue("http://localhost:9000") String issuer,
                                 @DefaultValue("complaints-platform") String audience,
                                 List<String> publicPaths,
                                 String jwkSetUri) {

    public SecurityProperties {
        issuer = issuer.replaceAll("/+$", "");
        publicPaths = publicPaths == null ? List.of() : List.copyOf(publicPaths);
        jwkSetUri = StringUtils.hasText(jwkSetUri) ? jwkSetUri.strip() : issuer + "/oauth2/jwks";
    }
}
