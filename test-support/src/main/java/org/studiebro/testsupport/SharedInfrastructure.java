package org.studiebro.testsupport;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.util.FileSystemUtils;
import org.studiebro.infrastructure.FreePorts;
import org.studiebro.infrastructure.KafkaBrokerProcess;
import org.studiebro.infrastructure.KafkaClientConfig;
import org.studiebro.infrastructure.KafkaListener;
import org.studiebro.infrastructure.MailServer;
import org.studiebro.infrastructure.SchemaRegistryProcess;

/**
 * One Kafka broker (the platform's own, {@link KafkaBrokerProcess}, with SASL/SCRAM logins and ACLs), one Apicurio
 * schema registry process and one SMTP server per test JVM, started on the first {@link #get()} and stopped when the
 * JUnit launcher session ends (or, failing that, when the JVM exits). Starting sets the system properties
 * {@code spring.kafka.bootstrap-servers}, the SASL login of the broker's super user under {@code spring.kafka.*}
 * (so a service started in the test JVM may do anything; the end-to-end tests run the services under their own,
 * least-privileged users), {@code spring.kafka.properties.schema.registry.url}, {@code spring.mail.host} and
 * {@code spring.mail.port}. The broker does not create topics on demand: tests and applications create the topics
 * they use.
 *
 * <p>With the system property {@value #AUTHENTICATED_REGISTRY}{@code =true} (the end-to-end tests set it) the
 * registry authenticates at the {@link SharedAuthorizationServer}, started first, as the local platform's does; the
 * modules' own tests keep an open registry, so that they need no provider.
 */
public final class SharedInfrastructure {

    public static final String AUTHENTICATED_REGISTRY = "studiebro.test.registry.authenticated";
    /** The provider's sample client that provisions the registry: the tests' harness registers and reads as it. */
    private static final String PROVISIONING = "studiebro-provisioning";

    private static final Logger LOG = LoggerFactory.getLogger(SharedInfrastructure.class);

    private static SharedInfrastructure instance;
    private static boolean shutdownHookAdded;

    private final KafkaBrokerProcess kafka;
    private final SchemaRegistryProcess registry;
    private final MailServer mail;

    private SharedInfrastructure(KafkaBrokerProcess kafka, SchemaRegistryProcess registry, MailServer mail) {
        this.kafka = kafka;
        this.registry = registry;
        this.mail = mail;
    }

    public static synchronized SharedInfrastructure get() {
        if (instance == null) {
            instance = start();
            instance.publishSystemProperties();
            StopList.add(instance.kafka::close);
            StopList.add(instance.registry::close);
            StopList.add(instance.mail::close);
            StopList.add(SharedInfrastructure::forget);
            if (!shutdownHookAdded) {
                Runtime.getRuntime().addShutdownHook(new Thread(StopList::stopAll, "stop shared test infrastructure"));
                shutdownHookAdded = true;
            }
        }
        return instance;
    }

    public String bootstrapServers() {
        return kafka.bootstrapServers();
    }

    /** How a client logs in to the broker as its super user: bootstrap servers, security protocol and SASL login. */
    public KafkaClientConfig kafkaClientConfig() {
        return kafka.adminClientConfig();
    }

    /** Where clients reach the broker, for tests that log in as other users than the super user. */
    public KafkaListener kafkaListener() {
        return kafka.listener();
    }

    /**
     * The registry as the tests' harness uses it: with the provisioning client's login in the URL when the registry
     * wants one, so that helpers that take a URL may register and read.
     */
    public String schemaRegistryUrl() {
        return authenticated() ? SchemaRegistryProcess.withLogin(registry.ccompatUrl(), PROVISIONING,
                PROVISIONING + "-secret") : registry.ccompatUrl();
    }

    /** The registry without a login: for services, which bring their own, and for showing what anonymity gets. */
    public String schemaRegistryAddress() {
        return registry.ccompatUrl();
    }

    /** Whether the registry authenticates every request ({@value #AUTHENTICATED_REGISTRY}). */
    public static boolean authenticated() {
        return Boolean.getBoolean(AUTHENTICATED_REGISTRY);
    }

    public MailServer mailServer() {
        return mail;
    }

    private static SharedInfrastructure start() {
        long started = System.nanoTime();
        Path workDir = Path.of("target", "shared-infrastructure").toAbsolutePath();
        // The registry takes longest to start; the broker starts meanwhile in this thread.
        CompletableFuture<SchemaRegistryProcess> registry = CompletableFuture.supplyAsync(
                () -> authenticated()
                        // It asks the provider for its discovery document at start: the provider comes first.
                        ? SchemaRegistryProcess.start(workDir, FreePorts.next(),
                                SchemaRegistryProcess.authenticatedBy(SharedAuthorizationServer.issuer()))
                        : SchemaRegistryProcess.start(workDir, FreePorts.next()),
                task -> Thread.ofPlatform().name("start schema registry").start(task));
        // A module that declared the OpenID Connect provider gets it started meanwhile too.
        CompletableFuture<?> authorization = SharedAuthorizationServer.declared() && !authenticated()
                ? CompletableFuture.runAsync(SharedAuthorizationServer::get,
                        task -> Thread.ofPlatform().name("start authorization server").start(task))
                : CompletableFuture.completedFuture(null);
        KafkaBrokerProcess kafka = null;
        MailServer mail = null;
        try {
            kafka = startKafka(workDir.resolve("kafka"));
            mail = MailServer.start(FreePorts.next());
            SharedInfrastructure infrastructure = new SharedInfrastructure(kafka, registry.join(), mail);
            authorization.join();
            LOG.info("Shared test infrastructure up after {} ms: Kafka {}, schema registry {}, SMTP port {}",
                    (System.nanoTime() - started) / 1_000_000, infrastructure.bootstrapServers(),
                    infrastructure.schemaRegistryAddress(), mail.smtpPort());
            return infrastructure;
        } catch (RuntimeException e) {
            registry.thenAccept(SchemaRegistryProcess::close);
            if (kafka != null) {
                kafka.close();
            }
            if (mail != null) {
                mail.close();
            }
            throw e;
        }
    }

    private static KafkaBrokerProcess startKafka(Path dataDir) {
        // A new broker for every test run: its super user and topics are this run's.
        FileSystemUtils.deleteRecursively(dataDir.toFile());
        // Retention is enforced within a second, so that a test can show which records outlive their segments; the
        // first check comes at once, not 30 s after the start (log.initial.task.delay.ms, a setting for tests).
        return KafkaBrokerProcess.start(dataDir, FreePorts.next(), FreePorts.next(),
                Map.of("log.retention.check.interval.ms", "1000", "log.initial.task.delay.ms", "0"),
                Optional.empty());
    }

    private void publishSystemProperties() {
        System.setProperty("spring.kafka.bootstrap-servers", bootstrapServers());
        kafkaClientConfig().settings().forEach((key, value) -> {
            if (key.startsWith("sasl.") || key.startsWith("ssl.")) {
                System.setProperty("spring.kafka.properties." + key, value.toString());
            }
        });
        System.setProperty("spring.kafka.security.protocol", kafka.listener().securityProtocol());
        System.setProperty("spring.kafka.properties.schema.registry.url", schemaRegistryAddress());
        System.setProperty("spring.mail.host", "127.0.0.1");
        System.setProperty("spring.mail.port", String.valueOf(mail.smtpPort()));
    }

    private static synchronized void forget() {
        LOG.info("Stopping the shared test infrastructure");
        instance = null;
    }
}
