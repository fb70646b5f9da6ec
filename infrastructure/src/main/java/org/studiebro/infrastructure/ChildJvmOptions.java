package org.studiebro.infrastructure;

import java.util.ArrayList;
import java.util.List;

/**
 * JVM options for the platform's own child processes (the broker, the registry, the provider, the services), which
 * share a small machine: two cores in development and CI.
 * <ul>
 * <li>The serial collector, always. With eight JVMs on two cores, G1's concurrent marking, cleaning and refinement
 * threads cost more CPU than the serial collector's short pauses on heaps of 192-512 MB: at 100 applications/s the
 * platform used about a fifth less CPU per application with it (docs/benchmark/README.md).</li>
 * <li>Whatever the system property {@value #PROPERTY} adds. The failsafe configuration in the parent pom.xml sets
 * it: there the children live for a few minutes, so a quicker start (C1 only) counts for more than the peak speed of
 * a long run. Outside tests it is unset.</li>
 * </ul>
 */
public final class ChildJvmOptions {

    static final String PROPERTY = "studiebro.childJvmOptions";
    private static final String SERIAL_COLLECTOR = "-XX:+UseSerialGC";

    private ChildJvmOptions() {
    }

    public static List<String> all() {
        List<String> options = new ArrayList<>(List.of(SERIAL_COLLECTOR));
        String configured = System.getProperty(PROPERTY, "").strip();
        if (!configured.isEmpty()) {
            options.addAll(List.of(configured.split("\\s+")));
        }
        return options;
    }
}
