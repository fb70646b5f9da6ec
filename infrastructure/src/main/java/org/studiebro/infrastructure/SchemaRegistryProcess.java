package org.studiebro.infrastructure;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Apicurio Registry as its own OS process, in memory unless told otherwise, serving the Confluent-compatible API
 * with the global compatibility rule BACKWARD. Its output goes to {@code apicurio-registry.log} in the work directory.
 */
public final class SchemaRegistryProcess implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(SchemaRegistryProcess.class);
    private static final Duration STARTUP_TIMEOUT = Duration.ofSeconds(60);
    private static final Duration STOP_GRACE = Duration.ofSeconds(10);

    private final int port;
    private final ChildJvm process;

    private SchemaRegistryProcess(int port, ChildJvm process) {
        this.port = port;
        this.process = process;
    }

    public static SchemaRegistryProcess start(Path workDir, int port) {
        return start(workDir, port, Map.of());
    }

    /**
     * Starts the registry with extra system properties, e.g. Apicurio's storage settings: by default it keeps its
     * data in memory and gives schema ids anew after a restart.
     */
    public static SchemaRegistryProcess start(Path workDir, int port, Map<String, String> systemProperties) {
        long started = System.nanoTime();
        Path runner = ApicurioDistribution.runnerJar();
        List<String> arguments = new ArrayList<>(List.of(
                "-Xmx256m",
                // C1 alone starts the registry about a third faster; its light load never needs C2.
                "-XX:TieredStopAtLevel=1",
                "-Dquarkus.http.host=127.0.0.1",
                "-Dquarkus.http.port=" + port,
                "-Dquarkus.management.host=127.0.0.1",
                "-Dquarkus.management.port=" + FreePorts.next(),
                "-Dapicurio.rules.global.compatibility=BACKWARD"));
        systemProperties.forEach((name, value) -> arguments.add("-D" + name + "=" + value));
        arguments.addAll(List.of("-jar", runner.toString()));
        ChildJvm process = ChildJvm.start("Apicurio Registry on port " + port, arguments,
                workDir, workDir.resolve("apicurio-registry.log"));
        SchemaRegistryProcess registry = new SchemaRegistryProcess(port, process);
        HttpReadiness.await(process, STARTUP_TIMEOUT, URI.create(registry.ccompatUrl() + "/subjects"));
        LOG.info("Apicurio Registry {} (pid {}) ready at {} after {} ms", ApicurioDistribution.VERSION, process.pid(),
                registry.ccompatUrl(), Duration.ofNanos(System.nanoTime() - started).toMillis());
        return registry;
    }

    public String ccompatUrl() {
        return "http://127.0.0.1:" + port + "/apis/ccompat/v7";
    }

    @Override
    public void close() {
        process.stop(STOP_GRACE);
    }
}
