package be.partenamut.complaints.personaldata.config;

import be.partenamut.complaints.personaldata.PersonalData;
import be.partenamut.complaints.personaldata.crypto.MasterKeys;
import be.partenamut.complaints.personaldata.vault.KeyVault;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import org.flywaydb.core.Flyway;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;

/**
 * The key vault, for the services that seal or open personal data. It has its own database and its
 * own small connection pool, not exposed as the service's data source: the vault stands in for a
 * key management service, and no service table ever joins it.
 */
@AutoConfiguration
@ConditionalOnProperty("complaints.personal-data.vault.url")
@EnableConfigurationProperties(PersonalDataProperties.class)
public class PersonalDataAutoConfiguration {

    @Bean
    KeyVault keyVault(PersonalDataProperties properties, ObjectProvider<Clock> clock) {
        MasterKeys masterKeys = MasterKeys.parse(properties.masterKey(), properties.previousMasterKeys());
        HikariDataSource dataSource = vaultDataSource(properties.vault());
        Flyway.configure()
                .dataSource(dataSource)
                .locations("classpath:db/keyvault")
                .table("flyway_keyvault_history")
                .load()
                .migrate();
        return new ClosingKeyVault(dataSource, masterKeys, clock.getIfAvailable(Clock::systemUTC));
    }

    @Bean
    PersonalData personalData(KeyVault keyVault) {
        return new PersonalData(keyVault);
    }

    /** The service cannot seal or open anything without its vault: that belongs in its health. */
    @Bean
    @ConditionalOnClass(HealthIndicator.class)
    HealthIndicator keyVaultHealthIndicator(KeyVault keyVault) {
        return () -> keyVault.isReachable() ? Health.up().build()
                : Health.down().withDetail("keyVault", "unreachable").build();
    }

    private static HikariDataSource vaultDataSource(PersonalDataProperties.Vault vault) {
        HikariConfig config = new HikariConfig();
        config.setPoolName("key-vault");
        config.setJdbcUrl(vault.url());
        config.setUsername(vault.username());
        config.setPassword(vault.password());
        config.setMaximumPoolSize(4);
        config.setConnectionTimeout(vault.connectionTimeout().toMillis());
        return new HikariDataSource(config);
    }

    /** The vault, closing its connection pool with the application context. */
    static final class ClosingKeyVault extends KeyVault implements AutoCloseable {

        private final HikariDataSource dataSource;

        ClosingKeyVault(HikariDataSource dataSource, MasterKeys masterKeys, Clock clock) {
            super(JdbcClient.create(dataSource), new TransactionTemplate(new DataSourceTransactionManager(dataSource)),
                    masterKeys, clock);
            this.dataSource = dataSource;
        }

        @Override
        public void close() {
            dataSource.close();
        }
    }
}
