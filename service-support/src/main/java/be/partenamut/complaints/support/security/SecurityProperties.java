package be.partenamut.complaints.support.security;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.util.List;

/**
 * @param demoUsers   whether the demo staff accounts ({@code agent}, {@code officer}, {@code analyst},
 *                    {@code admin}, password {@code demo}) exist: for the local stack and demos only
 * @param publicPaths requests served without authentication, as {@code "/path/**"} or
 *                    {@code "POST /path"}; health and metrics endpoints are always public
 */
@ConfigurationProperties("complaints.security")
public record SecurityProperties(boolean demoUsers, List<String> publicPaths) {

    public SecurityProperties {
        publicPaths = publicPaths == null ? List.of() : List.copyOf(publicPaths);
    }
}
