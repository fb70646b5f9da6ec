package org.studiebro.platform.launch;

/** The five services of the platform, in the order they start, with their local default ports. */
public enum PlatformService {

    // First: its startup import publishes the reference data and the catalog and provisions the per-party topics
    // that the others subscribe to. It reads no topic it could dead-letter, so it has no dead-letter topic.
    REFERENCE_DATA("reference-data-service", 8084, false),
    ROUTING("routing-service", 8081, true),
    APPLICATIONS("applications-service", 8080, true),
    NOTIFICATION("notification-service", 8082, true),
    REFERENCE_PARTIES("reference-parties", 8083, true);

    private final String module;
    private final int defaultPort;
    private final boolean deadLetters;

    PlatformService(String module, int defaultPort, boolean deadLetters) {
        this.module = module;
        this.defaultPort = defaultPort;
        this.deadLetters = deadLetters;
    }

    /** The Maven module, which is also the service's name on topics (dead letters) and in logs. */
    public String module() {
        return module;
    }

    public int defaultPort() {
        return defaultPort;
    }

    /** Whether it writes dead letters, and so has a dead-letter and a replay topic. */
    public boolean deadLetters() {
        return deadLetters;
    }
}
