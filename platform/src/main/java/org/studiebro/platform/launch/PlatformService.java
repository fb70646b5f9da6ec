package org.studiebro.platform.launch;

/** The four services of the platform, in the order they start, with their local default ports. */
public enum PlatformService {

    // First: its startup import publishes the reference data and the catalog and provisions the per-party topics
    // that the others subscribe to.
    ROUTING("routing-service", 8081),
    APPLICATIONS("applications-service", 8080),
    NOTIFICATION("notification-service", 8082),
    REFERENCE_PARTIES("reference-parties", 8083);

    private final String module;
    private final int defaultPort;

    PlatformService(String module, int defaultPort) {
        this.module = module;
        this.defaultPort = defaultPort;
    }

    /** The Maven module, which is also the service's name on topics (dead letters) and in logs. */
    public String module() {
        return module;
    }

    public int defaultPort() {
        return defaultPort;
    }
}
