package be.partenamut.complaints.localstack.infra;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One PostgreSQL server, one Kafka broker and one SMTP server per JVM, started on first use on free
 * ports and stopped when the JVM ends. Integration tests of every service use them, so tests run
 * against the same real infrastructure as the local stack, with nothing installed.
 */
public final class SharedInfrastructure {

    /** The master key of this JVM's tests; a new one each run. */
    public static final String TEST_MASTER_KEY = newMasterKey("test");

    private static PostgresServer postgres;
    private static KafkaBroker kafka;
    private static SmtpServer smtp;

    private SharedInfrastructure() {
    }

    public static synchronized PostgresServer postgres() {
        if (postgres == null) {
            postgres = PostgresServer.start(null, 0);
            onExit(postgres);
        }
        return postgres;
    }

    public static synchronized KafkaBroker kafka() {
        if (kafka == null) {
            kafka = KafkaBroker.start(null, 0);
            onExit(kafka);
        }
        return kafka;
    }

    public static synchronized SmtpServer smtp() {
        if (smtp == null) {
            smtp = SmtpServer.start(0);
            onExit(smtp);
        }
        return smtp;
    }

    /**
     * The Spring properties that point a service at the shared PostgreSQL (its own {@code database})
     * and the shared Kafka broker, and at the shared SMTP server when {@code withMail} is set.
     */
    public static Map<String, String> springProperties(String database, boolean withMail) {
        Map<String, String> properties = new LinkedHashMap<>();
        properties.put("spring.datasource.url", postgres().jdbcUrl(database));
        properties.put("spring.datasource.username", PostgresServer.USER);
        properties.put("spring.datasource.password", "");
        properties.put("spring.kafka.bootstrap-servers", kafka().bootstrapServers());
        properties.put("spring.cloud.stream.kafka.binder.brokers", kafka().bootstrapServers());
        properties.putAll(personalData(postgres(), TEST_MASTER_KEY));
        if (withMail) {
            properties.put("spring.mail.host", smtp().host());
            properties.put("spring.mail.port", String.valueOf(smtp().port()));
        }
        return properties;
    }

    /**
     * Where the services that seal and open personal data find the key vault, and the master key
     * that protects it (passed as properties; the local stack passes it in the environment).
     */
    public static Map<String, String> personalData(PostgresServer postgres, String masterKey) {
        return Map.of(
                "complaints.personal-data.vault.url", postgres.jdbcUrl("keyvault"),
                "complaints.personal-data.vault.username", PostgresServer.USER,
                "complaints.personal-data.vault.password", "",
                "complaints.personal-data.master-key", masterKey);
    }

    /** A master key for this JVM's tests: {@code <id>:<base64 of 32 random bytes>}. */
    public static String newMasterKey(String id) {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        return id + ":" + Base64.getEncoder().encodeToString(key);
    }

    private static void onExit(AutoCloseable resource) {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                resource.close();
            } catch (Exception ignored) {
                // The JVM is going away; there is nobody left to tell.
            }
        }, "stop-" + resource.getClass().getSimpleName()));
    }
}
