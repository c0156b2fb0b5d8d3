package be.partenamut.complaints.personaldata.config;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.Duration;
import java.util.List;

/**
 * @param masterKey           {@code <id>:<base64 of 32 random bytes>}; from the environment
 *                            ({@code COMPLAINTS_PERSONALDATA_MASTERKEY}), never from a file in the repository
 * @param previousMasterKeys  master keys being rotated out, kept until the vault re-wrapped its keys
 * @param vault               the key vault's database
 */
@ConfigurationProperties("complaints.personal-data")
public record PersonalDataProperties(String masterKey, List<String> previousMasterKeys, Vault vault) {

    public PersonalDataProperties {
        previousMasterKeys = previousMasterKeys == null ? List.of() : List.copyOf(previousMasterKeys);
    }

    /**
     * @param connectionTimeout how long to wait for a vault connection before failing: a service
     *                          answers "not now" quickly rather than hanging when the vault is down
     */
    public record Vault(String url, String username, String password, Duration connectionTimeout) {

        public Vault {
            connectionTimeout = connectionTimeout == null ? Duration.ofSeconds(5) : connectionTimeout;
        }
    }
}
