package be.partenamut.complaints.identity.directory;

import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.settings.ClientSettings;

import java.util.List;

/**
 * What the platform knows of a registered client beyond OAuth: whether it is enabled, the roles its own
 * (client-credentials) tokens carry and, for a channel system, the channels it may post complaints for. Kept
 * in the client's settings, so it lives and dies with the registration.
 *
 * @param enabled  a disabled client stays registered but every authentication of it is refused
 * @param roles    the {@code roles} of the client's client-credentials tokens
 * @param channels the {@code channels} of those tokens (names of the contracts' {@code Channel})
 */
public record ClientProfile(boolean enabled, List<String> roles, List<String> channels) {

    static final String ENABLED = "complaints.client.enabled";
    static final String ROLES = "complaints.client.roles";
    static final String CHANNELS = "complaints.client.channels";

    public ClientProfile {
        roles = List.copyOf(roles);
        channels = List.copyOf(channels);
    }

    /** A client that acts for signed-in staff only: its tokens carry the staff member's roles. */
    public static ClientProfile forStaffSignIn() {
        return new ClientProfile(true, List.of(), List.of());
    }

    public static ClientProfile channelSystem(String role, List<String> channels) {
        return new ClientProfile(true, List.of(role), channels);
    }

    public ClientProfile disabled() {
        return new ClientProfile(false, roles, channels);
    }

    /** Writes this profile into a client's settings. */
    public ClientSettings.Builder applyTo(ClientSettings.Builder settings) {
        return settings.setting(ENABLED, enabled).setting(ROLES, roles).setting(CHANNELS, channels);
    }

    /** The profile of a registered client; a client registered without one is enabled and has no roles. */
    public static ClientProfile of(RegisteredClient client) {
        ClientSettings settings = client.getClientSettings();
        Boolean enabled = settings.getSetting(ENABLED);
        List<String> roles = settings.getSetting(ROLES);
        List<String> channels = settings.getSetting(CHANNELS);
        return new ClientProfile(enabled == null || enabled,
                roles == null ? List.of() : roles, channels == null ? List.of() : channels);
    }
}
