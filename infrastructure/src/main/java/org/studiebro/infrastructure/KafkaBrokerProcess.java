package org.studiebro.infrastructure;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.common.Uuid;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Apache Kafka in KRaft combined mode (node 1 is broker and controller) as its own OS process, keeping its data in
 * {@code dataDir} so that a restart finds every record again. The child runs on this JVM's class path, so the caller
 * needs kafka_2.13 on it (this module depends on it for that reason).
 * <p>
 * Nobody gets in unauthenticated: clients log in with SCRAM-SHA-512 (over TLS when the broker is given a certificate),
 * the StandardAuthorizer allows only what an ACL allows, and the one super user, {@value #ADMIN}, is created when the
 * storage is formatted; its client settings are kept in {@code <dataDir>/admin.properties} for provisioning.
 */
public final class KafkaBrokerProcess implements AutoCloseable {

    /** The super user: the broker itself (inter-broker traffic) and provisioning, which creates users and ACLs. */
    public static final String ADMIN = "studiebro-admin";
    private static final String CONTROLLER = "studiebro-controller";
    private static final Logger LOG = LoggerFactory.getLogger(KafkaBrokerProcess.class);
    private static final Duration STARTUP_TIMEOUT = Duration.ofSeconds(60);
    private static final Duration STOP_GRACE = Duration.ofSeconds(30);
    private static final Duration FORMAT_TIMEOUT = Duration.ofSeconds(60);
    // Without a configuration of its own, Logback logs everything at DEBUG; the broker is far too chatty for that.
    private static final String LOGBACK_CONFIG = "org/studiebro/infrastructure/kafka-broker-logback.xml";

    private final Path dataDir;
    private final int port;
    private final int controllerPort;
    private final Map<String, String> extraProperties;
    private final Optional<BrokerCertificate> certificate;
    private KafkaCredentials admin;
    private ChildJvm process;

    private KafkaBrokerProcess(Path dataDir, int port, int controllerPort, Map<String, String> extraProperties,
                               Optional<BrokerCertificate> certificate) {
        this.dataDir = dataDir;
        this.port = port;
        this.controllerPort = controllerPort;
        this.extraProperties = Map.copyOf(extraProperties);
        this.certificate = certificate;
    }

    public static KafkaBrokerProcess start(Path dataDir, int port, int controllerPort) {
        return start(dataDir, port, controllerPort, Map.of(), Optional.empty());
    }

    /**
     * With {@code extraProperties} added to (or replacing) the broker's own, and the client listener on SASL_SSL with
     * {@code certificate} when one is given.
     */
    public static KafkaBrokerProcess start(Path dataDir, int port, int controllerPort,
                                           Map<String, String> extraProperties,
                                           Optional<BrokerCertificate> certificate) {
        KafkaBrokerProcess broker = new KafkaBrokerProcess(dataDir.toAbsolutePath(), port, controllerPort,
                extraProperties, certificate);
        broker.launch();
        return broker;
    }

    public String bootstrapServers() {
        return "127.0.0.1:" + port;
    }

    public KafkaListener listener() {
        return new KafkaListener(bootstrapServers(), certificate.map(BrokerCertificate::trustStore));
    }

    /** The client settings of the super user, for provisioning users, ACLs and topics. */
    public KafkaClientConfig adminClientConfig() {
        return admin.clientConfig(listener());
    }

    /** The file that holds {@link #adminClientConfig()}, as Kafka's tools take it with --command-config. */
    public Path adminClientConfigFile() {
        return dataDir.resolve("admin.properties");
    }

    /** Stops the broker (gracefully if it still runs) and starts it again on the same ports and data. */
    public synchronized void restart() {
        process.stop(STOP_GRACE);
        launch();
    }

    /**
     * Kills the broker with SIGKILL, as a crash would; {@link #restart()} brings it back, about nine seconds slower
     * than after a clean stop: the controller refuses the new broker incarnation until the dead one's session
     * (broker.session.timeout.ms) has expired.
     */
    public synchronized void kill() {
        process.kill();
    }

    /** Stops the broker with SIGTERM, killing it when it has not finished within 30 seconds. */
    @Override
    public synchronized void close() {
        process.stop(STOP_GRACE);
    }

    private synchronized void launch() {
        long started = System.nanoTime();
        admin = adminCredentials();
        // The controller listener's PLAIN user is static configuration, so a new password on every start costs nothing.
        KafkaCredentials controller = KafkaCredentials.generate(CONTROLLER);
        Path config = writeConfig(controller);
        if (!Files.exists(logDir().resolve("meta.properties"))) {
            // The format is done within a second, too soon for C2's compilations to pay back.
            List<String> format = new ArrayList<>(List.of("-XX:TieredStopAtLevel=1"));
            format.addAll(javaArguments("kafka.tools.StorageTool", "format",
                    "--config", config.toString(), "--cluster-id", Uuid.randomUuid().toString(),
                    "--add-scram", KafkaCredentials.MECHANISM + "=[name=" + admin.username() + ",password="
                            + admin.password() + "]"));
            ChildJvm.run("Kafka storage format", format, dataDir, processLog(), FORMAT_TIMEOUT);
            admin.clientConfig(listener()).write(adminClientConfigFile(), "The broker's super user: keep it secret");
        }
        process = ChildJvm.start("Kafka broker on port " + port, javaArguments("kafka.Kafka", config.toString()),
                dataDir, processLog());
        process.awaitReady(STARTUP_TIMEOUT, this::answers);
        LOG.info("Kafka broker (pid {}) ready at {} ({}) after {} ms", process.pid(), bootstrapServers(),
                listener().securityProtocol(), Duration.ofNanos(System.nanoTime() - started).toMillis());
    }

    // The super user exists from the format on; its password must survive restarts, so it is read back from its file.
    private KafkaCredentials adminCredentials() {
        if (Files.exists(adminClientConfigFile())) {
            return KafkaCredentials.of(KafkaClientConfig.read(adminClientConfigFile()));
        }
        if (Files.exists(logDir().resolve("meta.properties"))) {
            throw new IllegalStateException("The Kafka data in " + logDir() + " was formatted without SASL users "
                    + "(before the broker required logins): delete " + dataDir + " to start with a new broker.");
        }
        return KafkaCredentials.generate(ADMIN);
    }

    private List<String> javaArguments(String mainClass, String... arguments) {
        List<String> command = new ArrayList<>(List.of(
                "-Xmx512m",
                "-Dlogback.configurationFile=" + LOGBACK_CONFIG,
                "-cp", System.getProperty("java.class.path"),
                mainClass));
        command.addAll(List.of(arguments));
        return command;
    }

    private Path writeConfig(KafkaCredentials controller) {
        Map<String, String> properties = new LinkedHashMap<>();
        properties.put("process.roles", "broker,controller");
        properties.put("node.id", "1");
        // A static voter set, unlike a dynamic one, keeps no controller address in the data, so the ports may change.
        properties.put("controller.quorum.voters", "1@127.0.0.1:" + controllerPort);
        properties.put("listeners", "BROKER://127.0.0.1:" + port + ",CONTROLLER://127.0.0.1:" + controllerPort);
        properties.put("advertised.listeners", "BROKER://127.0.0.1:" + port);
        properties.put("listener.security.protocol.map", "BROKER:" + listener().securityProtocol()
                + ",CONTROLLER:SASL_PLAINTEXT");
        properties.put("inter.broker.listener.name", "BROKER");
        properties.put("controller.listener.names", "CONTROLLER");
        properties.putAll(saslProperties(controller));
        certificate.ifPresent(tls -> properties.putAll(tls.brokerProperties("listener.name.broker.")));
        properties.put("authorizer.class.name", "org.apache.kafka.metadata.authorizer.StandardAuthorizer");
        properties.put("allow.everyone.if.no.acl.found", "false");
        properties.put("super.users", "User:" + ADMIN + ";User:" + CONTROLLER);
        properties.put("log.dirs", logDir().toString());
        properties.put("num.partitions", "3");
        properties.put("offsets.topic.replication.factor", "1");
        properties.put("transaction.state.log.replication.factor", "1");
        properties.put("transaction.state.log.min.isr", "1");
        properties.put("share.coordinator.state.topic.replication.factor", "1");
        properties.put("share.coordinator.state.topic.min.isr", "1");
        properties.put("min.insync.replicas", "1");
        properties.put("auto.create.topics.enable", "false");
        properties.put("group.initial.rebalance.delay.ms", "0");
        properties.putAll(extraProperties);
        String text = properties.entrySet().stream()
                .map(property -> property.getKey() + "=" + property.getValue())
                .collect(Collectors.joining("\n", "", "\n"));
        Path config = dataDir.resolve("server.properties");
        try {
            Files.createDirectories(dataDir);
            Files.deleteIfExists(config);
            Files.createFile(config, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            Files.writeString(config, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write " + config, e);
        }
        return config;
    }

    /**
     * Clients and the broker itself log in with SCRAM on the broker listener; the controller listener takes PLAIN,
     * because a controller cannot look up SCRAM credentials in the metadata it is itself serving.
     */
    private Map<String, String> saslProperties(KafkaCredentials controller) {
        Map<String, String> properties = new LinkedHashMap<>();
        properties.put("sasl.enabled.mechanisms", KafkaCredentials.MECHANISM);
        properties.put("sasl.mechanism.inter.broker.protocol", KafkaCredentials.MECHANISM);
        properties.put("listener.name.broker.scram-sha-512.sasl.jaas.config", admin.jaasConfig());
        properties.put("sasl.mechanism.controller.protocol", "PLAIN");
        properties.put("listener.name.controller.sasl.enabled.mechanisms", "PLAIN");
        properties.put("listener.name.controller.plain.sasl.jaas.config",
                "org.apache.kafka.common.security.plain.PlainLoginModule required username=\"" + controller.username()
                        + "\" password=\"" + controller.password() + "\" user_" + controller.username() + "=\""
                        + controller.password() + "\";");
        return properties;
    }

    private Path logDir() {
        return dataDir.resolve("data");
    }

    private Path processLog() {
        return dataDir.resolve("broker.log");
    }

    private boolean answers() {
        return listens() && describesCluster();
    }

    // A plain connect first keeps the admin client from logging a warning for every refused connection.
    private boolean listens() {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 1_000);
            return true;
        } catch (IOException notYet) {
            return false;
        }
    }

    private boolean describesCluster() {
        try (Admin client = Admin.create(adminClientConfig().with(Map.of(
                AdminClientConfig.CLIENT_ID_CONFIG, "readiness-" + UUID.randomUUID(),
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 2_000,
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 3_000)))) {
            return !client.describeCluster().nodes().get(5, TimeUnit.SECONDS).isEmpty();
        } catch (ExecutionException | TimeoutException notYet) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for the Kafka broker", e);
        }
    }
}
