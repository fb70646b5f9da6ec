package org.studiebro.testsupport;

import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;
import org.studiebro.infrastructure.FreePorts;
import org.studiebro.infrastructure.MailServer;
import org.studiebro.infrastructure.SchemaRegistryProcess;

/**
 * One Kafka broker (spring-kafka-test's embedded KRaft broker), one Apicurio schema registry process and one SMTP
 * server per test JVM, started on the first {@link #get()} and stopped when the JUnit launcher session ends (or,
 * failing that, when the JVM exits). Starting sets the system properties {@code spring.kafka.bootstrap-servers},
 * {@code spring.kafka.properties.schema.registry.url}, {@code spring.mail.host} and {@code spring.mail.port}.
 * The broker does not create topics on demand: tests and applications create the topics they use.
 */
public final class SharedInfrastructure {

    private static final Logger LOG = LoggerFactory.getLogger(SharedInfrastructure.class);

    private static SharedInfrastructure instance;
    private static boolean shutdownHookAdded;

    private final EmbeddedKafkaKraftBroker kafka;
    private final SchemaRegistryProcess registry;
    private final MailServer mail;
    private final String bootstrapServers;

    private SharedInfrastructure(EmbeddedKafkaKraftBroker kafka, SchemaRegistryProcess registry, MailServer mail) {
        this.kafka = kafka;
        this.registry = registry;
        this.mail = mail;
        // The test kit names its broker "localhost:<port>" whatever the listener binds to; it binds to 127.0.0.1.
        String brokers = kafka.getBrokersAsString();
        this.bootstrapServers = "127.0.0.1:" + brokers.substring(brokers.lastIndexOf(':') + 1);
    }

    public static synchronized SharedInfrastructure get() {
        if (instance == null) {
            instance = start();
            instance.publishSystemProperties();
            StopList.add(instance.kafka::destroy);
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
        return bootstrapServers;
    }

    public String schemaRegistryUrl() {
        return registry.ccompatUrl();
    }

    public MailServer mailServer() {
        return mail;
    }

    private static SharedInfrastructure start() {
        long started = System.nanoTime();
        Path workDir = Path.of("target", "shared-infrastructure").toAbsolutePath();
        // The registry takes longest to start; the broker starts meanwhile in this thread.
        CompletableFuture<SchemaRegistryProcess> registry = CompletableFuture.supplyAsync(
                () -> SchemaRegistryProcess.start(workDir, FreePorts.next()),
                task -> Thread.ofPlatform().name("start schema registry").start(task));
        EmbeddedKafkaKraftBroker kafka = null;
        MailServer mail = null;
        try {
            kafka = startKafka();
            mail = MailServer.start(FreePorts.next());
            SharedInfrastructure infrastructure = new SharedInfrastructure(kafka, registry.join(), mail);
            LOG.info("Shared test infrastructure up after {} ms: Kafka {}, schema registry {}, SMTP port {}",
                    (System.nanoTime() - started) / 1_000_000, infrastructure.bootstrapServers(),
                    infrastructure.schemaRegistryUrl(), mail.smtpPort());
            return infrastructure;
        } catch (RuntimeException e) {
            registry.thenAccept(SchemaRegistryProcess::close);
            if (kafka != null) {
                kafka.destroy();
            }
            if (mail != null) {
                mail.close();
            }
            throw e;
        }
    }

    private static EmbeddedKafkaKraftBroker startKafka() {
        EmbeddedKafkaKraftBroker kafka = new EmbeddedKafkaKraftBroker(1, 3);
        // EXTERNAL and CONTROLLER are the test kit's listener names; it would bind them to localhost's address.
        kafka.brokerProperty("listeners", "EXTERNAL://127.0.0.1:0,CONTROLLER://127.0.0.1:0");
        kafka.brokerProperty("auto.create.topics.enable", "false");
        // One broker: the transaction log must fit on it, or no exactly-once processing can start.
        kafka.brokerProperty("transaction.state.log.replication.factor", "1");
        kafka.brokerProperty("transaction.state.log.min.isr", "1");
        kafka.brokerProperty("group.initial.rebalance.delay.ms", "0");
        // Retention is enforced within a second, so that a test can show which records outlive their segments.
        kafka.brokerProperty("log.retention.check.interval.ms", "1000");
        kafka.afterPropertiesSet();
        return kafka;
    }

    private void publishSystemProperties() {
        System.setProperty("spring.kafka.bootstrap-servers", bootstrapServers());
        System.setProperty("spring.kafka.properties.schema.registry.url", schemaRegistryUrl());
        System.setProperty("spring.mail.host", "127.0.0.1");
        System.setProperty("spring.mail.port", String.valueOf(mail.smtpPort()));
    }

    private static synchronized void forget() {
        LOG.info("Stopping the shared test infrastructure");
        instance = null;
    }
}
