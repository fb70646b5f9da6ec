package org.studiebro.platform.launch;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;

import org.studiebro.infrastructure.FreePorts;
import org.studiebro.infrastructure.KafkaBrokerProcess;
import org.studiebro.infrastructure.KafkaClientConfig;
import org.studiebro.infrastructure.SchemaRegistryProcess;
import org.studiebro.platform.access.CredentialFiles;
import org.studiebro.platform.signin.SampleClients;

/**
 * A throw-away platform beside any other on this machine: the OpenID Connect provider, the broker and the schema
 * registry as processes on free ports with their data under {@code dataDir}, the core topics, and the five services
 * on free ports, sending mail to an SMTP server the caller runs. Unlike {@link LocalPlatform} it hands out its broker and services, so that a crash
 * test can kill and restart them. Closing stops everything in the reverse order.
 */
public final class ScratchPlatform implements AutoCloseable {

    private static final int PARTITIONS = 3;

    private final Deque<AutoCloseable> started = new ArrayDeque<>();
    private KafkaBrokerProcess broker;
    private Endpoints endpoints;
    private Services services;

    private ScratchPlatform() {
    }

    /**
     * @param environment added to every service's environment (e.g. where the reference-data-service imports from)
     */
    public static ScratchPlatform start(Path repoRoot, Path dataDir, int smtpPort, Map<String, String> environment,
                                        PrintStream out) {
        ScratchPlatform platform = new ScratchPlatform();
        try {
            platform.launch(repoRoot, dataDir, smtpPort, environment, out);
            return platform;
        } catch (RuntimeException e) {
            platform.close();
            throw e;
        }
    }

    private void launch(Path repoRoot, Path dataDir, int smtpPort, Map<String, String> environment, PrintStream out) {
        out.println("Starting a scratch platform in " + dataDir);
        AuthorizationServer authorization = AuthorizationServer.launch(repoRoot, FreePorts.next(), dataDir,
                dataDir.resolve("logs"));
        started.push(authorization);
        broker = KafkaBrokerProcess.start(dataDir.resolve("kafka"), FreePorts.next(), FreePorts.next());
        started.push(broker);
        // The registry authenticates at the provider, as the local platform's does: after it. Nothing restarts the
        // registry during a scratch run, so its schema ids may live in memory.
        authorization.awaitReady();
        SchemaRegistryProcess registry = SchemaRegistryProcess.start(dataDir.resolve("registry"), FreePorts.next(),
                SchemaRegistryProcess.authenticatedBy(authorization.issuer()));
        started.push(registry);
        CredentialFiles logins = new CredentialFiles(dataDir.resolve("credentials"), broker.adminClientConfig());
        endpoints = new Endpoints(broker.listener(), logins, registry.ccompatUrl(), "127.0.0.1", smtpPort,
                authorization.issuer());
        PlatformTopics.prepare(broker.adminClientConfig(), logins,
                endpoints.schemaRegistryUrlAs(SampleClients.PROVISIONING), PARTITIONS);
        services = Services.start(repoRoot, endpoints, environment, Services.freePorts(), dataDir.resolve("logs"),
                dataDir.resolve("streams"), service -> out.printf("  %-22s ready on port %d%n", service.module(),
                        service.port()));
        started.push(services);
    }

    public KafkaBrokerProcess broker() {
        return broker;
    }

    /** How the test harness logs in to the broker: as its super user, which may read and write everything. */
    public KafkaClientConfig kafka() {
        return broker.adminClientConfig();
    }

    public Services services() {
        return services;
    }

    public Endpoints endpoints() {
        return endpoints;
    }

    /** Stops the services first and the broker last; safe to call more than once. */
    @Override
    public synchronized void close() {
        while (!started.isEmpty()) {
            try {
                started.pop().close();
            } catch (Exception e) {
                System.err.println("Could not stop a part of the scratch platform cleanly: " + e.getMessage());
            }
        }
    }
}
