package org.studiebro.platform.launch;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.studiebro.infrastructure.FreePorts;

/**
 * The five services as processes against one broker, registry and SMTP server; used by ./studiebro, the crash test
 * (which kills and restarts them) and the end-to-end tests.
 */
public final class Services implements AutoCloseable {

    // Generous: on a two-core machine shared with builds a service may take minutes to start.
    private static final Duration HEALTH_TIMEOUT = Duration.ofSeconds(180);

    private final Map<PlatformService, ServiceProcess> running = new EnumMap<>(PlatformService.class);
    private final Path repoRoot;
    private final Endpoints endpoints;
    private final Map<String, String> environment;
    private final Map<PlatformService, Integer> ports;
    private final Path logDir;
    private final Path stateDir;

    private Services(Path repoRoot, Endpoints endpoints, Map<String, String> environment,
                     Map<PlatformService, Integer> ports, Path logDir, Path stateDir) {
        this.repoRoot = repoRoot;
        this.endpoints = endpoints;
        this.environment = Map.copyOf(environment);
        this.ports = Map.copyOf(ports);
        this.logDir = logDir;
        this.stateDir = stateDir;
    }

    /**
     * Starts the reference-data-service and waits until it is healthy (its startup import has published the reference
     * data and the catalog, and created the parties' topics), then the other four together, and waits for them.
     * Each service logs to {@code <logDir>/<module>.log} and keeps its Kafka Streams state in
     * {@code <stateDir>/<module>}. {@code started} hears about each service once it is healthy. On failure, whatever
     * was started is stopped.
     */
    public static Services start(Path repoRoot, Endpoints endpoints, Map<PlatformService, Integer> ports, Path logDir,
                                 Path stateDir, Consumer<ServiceProcess> started) {
        return start(repoRoot, endpoints, Map.of(), ports, logDir, stateDir, started);
    }

    /**
     * As above, with {@code environment} added to every service's (e.g. where the reference-data-service imports
     * from).
     */
    public static Services start(Path repoRoot, Endpoints endpoints, Map<String, String> environment,
                                 Map<PlatformService, Integer> ports, Path logDir, Path stateDir,
                                 Consumer<ServiceProcess> started) {
        Services services = new Services(repoRoot, endpoints, environment, ports, logDir, stateDir);
        try {
            services.launch(PlatformService.REFERENCE_DATA);
            services.awaitHealthy(List.of(PlatformService.REFERENCE_DATA), started);
            List<PlatformService> rest = List.of(PlatformService.ROUTING, PlatformService.APPLICATIONS,
                    PlatformService.NOTIFICATION, PlatformService.REFERENCE_PARTIES);
            rest.forEach(services::launch);
            services.awaitHealthy(rest, started);
            return services;
        } catch (RuntimeException e) {
            services.close();
            throw e;
        }
    }

    public static Map<PlatformService, Integer> defaultPorts() {
        Map<PlatformService, Integer> ports = new EnumMap<>(PlatformService.class);
        for (PlatformService service : PlatformService.values()) {
            ports.put(service, service.defaultPort());
        }
        return ports;
    }

    public static Map<PlatformService, Integer> freePorts() {
        Map<PlatformService, Integer> ports = new EnumMap<>(PlatformService.class);
        for (PlatformService service : PlatformService.values()) {
            ports.put(service, FreePorts.next());
        }
        return ports;
    }

    public ServiceProcess get(PlatformService service) {
        return running.get(service);
    }

    public String url(PlatformService service) {
        return get(service).baseUrl();
    }

    /** The running services in start order. */
    public List<ServiceProcess> all() {
        return List.copyOf(running.values());
    }

    /** Kills the service with SIGKILL, as a crash would: no graceful shutdown, no last commit. */
    public void kill(PlatformService service) {
        running.get(service).kill();
    }

    /** Starts the service again (after {@link #kill}) on the same port and state, and waits until it is healthy. */
    public ServiceProcess restart(PlatformService service) {
        ServiceProcess old = running.get(service);
        if (old.isAlive()) {
            old.close();
        }
        launch(service);
        ServiceProcess process = running.get(service);
        process.awaitHealthy(HEALTH_TIMEOUT);
        return process;
    }

    /** Stops the services in the reverse of their start order. */
    @Override
    public void close() {
        List<ServiceProcess> stopping = new ArrayList<>(running.values());
        for (int i = stopping.size() - 1; i >= 0; i--) {
            stopping.get(i).close();
        }
    }

    private void launch(PlatformService service) {
        Map<String, String> serviceEnvironment = new HashMap<>(environment);
        serviceEnvironment.putAll(endpoints.environment(service));
        // Kafka Streams' default state directory, /tmp/kafka-streams, is shared by every platform and test run on
        // the machine: their local state, checkpointed against another cluster's offsets, would be taken as valid.
        serviceEnvironment.put("SPRING_KAFKA_STREAMS_STATEDIR",
                stateDir.resolve(service.module()).toAbsolutePath().toString());
        // The views of the applications-service and notification-service live in RocksDB beside the state, with the
        // offsets they applied: a restart, SIGKILL included, goes on from them rather than rebuild from the beginning.
        String views = stateDir.resolve(service.module()).resolve("views").toAbsolutePath().toString();
        serviceEnvironment.put("STUDIEBRO_VIEWS_DIRECTORY", views);
        // glibc's default of 8 arenas per core holds native memory (RocksDB's) the services do not need: ~20 MB each.
        serviceEnvironment.put("MALLOC_ARENA_MAX", "2");
        running.put(service, ServiceProcess.start(service.module(), repoRoot, serviceEnvironment,
                ports.get(service), logDir.resolve(service.module() + ".log")));
    }

    private void awaitHealthy(List<PlatformService> services, Consumer<ServiceProcess> started) {
        for (PlatformService service : services) {
            ServiceProcess process = running.get(service);
            process.awaitHealthy(HEALTH_TIMEOUT);
            started.accept(process);
        }
    }
}
