package be.partenamut.complaints.localstack.infra;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One PostgreSQL server, one Kafka broker, one SMTP server and one identity provider per JVM, started on
 * first use and stopped when the JVM ends. Integration tests of every service use them, so tests run against real
 * infrastructure. {@link InfrastructureChoice} says which: by default the embedded servers on free
 * ports (the same as the local stack, nothing installed), or containers with {@code -Pcontainers}.
 * SMTP is GreenMail in-process either way: it is a real SMTP server, nothing a container would add. The
 * identity provider is the platform's own, from its runnable jar, in a JVM of its own either way.
 *
 * <p>Tests wire Spring through {@code @DynamicPropertySource} and {@link #springProperties}, not through
 * Boot's {@code @ServiceConnection}: a service connection can only come from a container, while these
 * properties come from this one place for both paths, together with what no service connection
 * carries (the key vault's database, the binder's brokers, the mail server).
 */
public final class SharedInfrastructure {

    /** The master key of this JVM's tests; a new one each run. */
    public static final String TEST_MASTER_KEY = newMasterKey("test");

    private static InfrastructureChoice choice;
    private static DatabaseServer postgres;
    private static MessageBroker kafka;
    private static SmtpServer smtp;
    private static IdentityProvider identityProvider;

    private SharedInfrastructure() {
    }

    /** The choice of this JVM, made once; an impossible choice fails every caller with the same message. */
    public static synchronized InfrastructureChoice choice() {
        if (choice == null) {
            choice = InfrastructureChoice.fromSystemProperty();
        }
        return choice;
    }

    public static synchronized DatabaseServer postgres() {
        if (postgres == null) {
            postgres = switch (choice()) {
                case EMBEDDED -> EmbeddedDatabaseServer.launch();
                case CONTAINERS -> PostgresContainerServer.launch();
            };
            onExit(postgres);
        }
        return postgres;
    }

    public static synchronized MessageBroker kafka() {
        if (kafka == null) {
            kafka = switch (choice()) {
                case EMBEDDED -> EmbeddedMessageBroker.launch();
                case CONTAINERS -> KafkaContainerBroker.launch();
            };
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
     * The identity provider with the demo staff and channel clients. A service accepts its tokens with
     * {@code identityProvider().springProperties()}; tests get tokens from {@code identityProvider().tokens()}.
     */
    public static synchronized IdentityProvider identityProvider() {
        if (identityProvider == null) {
            identityProvider = IdentityProvider.launch();
            onExit(identityProvider);
        }
        return identityProvider;
    }

    /**
     * The Spring properties that point a service at the shared PostgreSQL (its own {@code database})
     * and the shared Kafka broker, and at the shared SMTP server when {@code withMail} is set.
     */
    public static Map<String, String> springProperties(String database, boolean withMail) {
        Map<String, String> properties = new LinkedHashMap<>();
        properties.put("spring.datasource.url", postgres().jdbcUrl(database));
        properties.put("spring.datasource.username", postgres().user());
        properties.put("spring.datasource.password", postgres().password());
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
    public static Map<String, String> personalData(DatabaseServer postgres, String masterKey) {
        return Map.of(
                "complaints.personal-data.vault.url", postgres.jdbcUrl("keyvault"),
                "complaints.personal-data.vault.username", postgres.user(),
                "complaints.personal-data.vault.password", postgres.password(),
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
