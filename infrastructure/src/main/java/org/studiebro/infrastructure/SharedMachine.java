package org.studiebro.infrastructure;

/** JVM options for the platform's own processes, which share a small machine (two cores in development and CI). */
public final class SharedMachine {

    /**
     * The serial collector. With eight JVMs on two cores, G1's concurrent marking, cleaning and refinement threads
     * cost more CPU than the serial collector's short pauses on heaps of 192-512 MB: at 100 applications/s the
     * platform used about a fifth less CPU per application with it (docs/benchmark/README.md).
     */
    public static final String GARBAGE_COLLECTOR = "-XX:+UseSerialGC";

    private SharedMachine() {
    }
}
