package org.studiebro.platform.launch;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CountDownLatch;
import java.util.function.Supplier;

import org.studiebro.infrastructure.KafkaBrokerProcess;
import org.studiebro.infrastructure.SchemaRegistryProcess;
import org.studiebro.platform.access.CredentialFiles;
import org.studiebro.platform.access.PlatformAccess;
import org.studiebro.platform.access.Principals;
import org.studiebro.platform.mail.LocalMailServer;
import org.studiebro.platform.mail.MailViewer;
import org.studiebro.platform.signin.SampleClients;

/**
 * The whole platform on this machine, as {@code ./studiebro up} runs it: a Kafka broker and the schema registry as
 * processes with their data under {@code <repo>/.studiebro/}, the OpenID Connect provider (at which the registry
 * authenticates its users), an SMTP server with a
 * web page over its inbox, the core topics, and the five services as processes. Closing stops everything in the
 * reverse order.
 */
public final class LocalPlatform implements AutoCloseable {

    private static final int PARTITIONS = 3;

    private final Path dataDir;
    private final PrintStream out;
    private final Deque<Stoppable> started = new ArrayDeque<>();
    private final CountDownLatch closed = new CountDownLatch(1);
    private Services services;
    private boolean closing;

    private LocalPlatform(Path repoRoot, PrintStream out) {
        this.dataDir = repoRoot.resolve(".studiebro");
        this.out = out;
    }

    /** Starts everything, printing progress; on failure stops what had started and rethrows. */
    public static LocalPlatform start(Path repoRoot, PrintStream out) {
        LocalPlatform platform = new LocalPlatform(repoRoot, out);
        try {
            platform.launch(repoRoot);
            return platform;
        } catch (RuntimeException e) {
            platform.close();
            throw e;
        }
    }

    private void launch(Path repoRoot) {
        long began = System.nanoTime();
        LocalPorts.requireFree();
        out.println("Starting Studiebro; data and logs under " + dataDir);
        // The provider starts first and comes up while the broker and the registry do; the services need its issuer.
        long authorizationBegan = System.nanoTime();
        out.printf("  %-22s starting...%n", "Authorization server");
        AuthorizationServer authorization = AuthorizationServer.launch(repoRoot, LocalPorts.AUTHORIZATION, dataDir,
                dataDir.resolve("logs"));
        started.push(authorization::close);
        // The registry keeps its data in its own files, not in Kafka, so it starts while the broker does; it
        // authenticates every request at the provider, whose discovery document it reads at start: after the provider.
        CompletableFuture<SchemaRegistryProcess> registryStart = CompletableFuture.supplyAsync(() -> {
            authorization.awaitReady();
            return step("Schema registry", () -> SchemaRegistryProcess.start(dataDir.resolve("registry"),
                    LocalPorts.SCHEMA_REGISTRY, registrySettings(authorization.issuer())));
        }, task -> Thread.ofPlatform().name("start schema registry").start(task));
        KafkaBrokerProcess broker;
        try {
            broker = step("Kafka broker", () -> KafkaBrokerProcess.start(
                    dataDir.resolve("kafka"), LocalPorts.KAFKA, LocalPorts.KAFKA_CONTROLLER));
        } catch (RuntimeException e) {
            registryStart.thenAccept(SchemaRegistryProcess::close).exceptionally(failed -> null).join();
            throw e;
        }
        started.push(broker::close);
        SchemaRegistryProcess registry = joined(registryStart);
        started.push(registry::close);
        LocalMailServer mail = step("SMTP server", () -> LocalMailServer.start(LocalPorts.SMTP));
        started.push(mail::close);
        MailViewer viewer = step("Mail viewer", () -> MailViewer.start(mail, LocalPorts.MAIL_VIEWER));
        started.push(viewer::close);
        authorization.awaitReady();
        out.printf("  %-22s ready on %-6d (%s)%n", "Authorization server", LocalPorts.AUTHORIZATION,
                seconds(authorizationBegan));
        reportDeath(authorization.process());
        CredentialFiles credentials = new CredentialFiles(dataDir.resolve("credentials"), broker.adminClientConfig());
        Endpoints endpoints = new Endpoints(broker.listener(), credentials, registry.ccompatUrl(), "127.0.0.1",
                mail.smtpPort(), authorization.issuer());
        step("Users, ACLs, topics", () -> {
            PlatformTopics.prepare(broker.adminClientConfig(), credentials,
                    endpoints.schemaRegistryUrlAs(SampleClients.PROVISIONING), PARTITIONS);
            return null;
        });
        out.println("  Services               starting, the reference-data-service first (it creates the parties' "
                + "topics)...");
        long servicesBegan = System.nanoTime();
        services = Services.start(repoRoot, endpoints, Services.defaultPorts(), dataDir.resolve("logs"),
                dataDir.resolve("streams"), service -> out.printf("  %-22s ready on %-6d (%s since the services "
                        + "began)%n", service.module(), service.port(), seconds(servicesBegan)));
        started.push(services::close);
        services.all().forEach(this::reportDeath);
        step("Parties' users", () -> PlatformAccess.provisionParties(broker.adminClientConfig(), credentials::of));
        StartupReport.print(out, services, endpoints, viewer.url(), dataDir.resolve("logs"),
                credentials.file(Principals.OPERATOR));
        out.println("Studiebro is up after " + seconds(began) + ". Ctrl-C stops it.");
    }

    /** Blocks until {@link #close()} has finished. */
    public void awaitClosed() throws InterruptedException {
        closed.await();
    }

    /** Stops every part in the reverse order of starting; safe to call more than once. */
    @Override
    public void close() {
        synchronized (this) {
            if (closing) {
                return;
            }
            closing = true;
        }
        if (!started.isEmpty()) {
            long began = System.nanoTime();
            out.println("Stopping Studiebro: the services first, the broker and the sign-in provider last...");
            while (!started.isEmpty()) {
                try {
                    started.pop().stop();
                } catch (RuntimeException e) {
                    out.println("  could not stop cleanly: " + e.getMessage());
                }
            }
            out.println("Studiebro stopped after " + seconds(began) + "; its data stays in " + dataDir);
        }
        closed.countDown();
    }

    private void reportDeath(ServiceProcess service) {
        service.onUnexpectedExit(() -> System.err.printf(
                "%n!!! %s (pid %d) has stopped by itself while the platform is up. Its requests will fail until you "
                        + "restart the platform. From its log, %s:%s%n",
                service.module(), service.pid(), service.logFile(), service.logTail()));
    }

    private Map<String, String> registrySettings(String issuer) {
        Map<String, String> settings = new HashMap<>(RegistryStorage.persistentIn(dataDir.resolve("registry")));
        settings.putAll(SchemaRegistryProcess.authenticatedBy(issuer));
        return settings;
    }

    private <T> T step(String name, Supplier<T> action) {
        long began = System.nanoTime();
        out.printf("  %-22s starting...%n", name);
        T result = action.get();
        out.printf("  %-22s ready (%s)%n", name, seconds(began));
        return result;
    }

    private static <T> T joined(CompletableFuture<T> future) {
        try {
            return future.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
    }

    private static String seconds(long sinceNanos) {
        return String.format("%.1f s", Duration.ofNanos(System.nanoTime() - sinceNanos).toMillis() / 1000.0);
    }

    /** Something started that must be stopped, in the reverse order. */
    @FunctionalInterface
    private interface Stoppable {
        void stop();
    }
}
