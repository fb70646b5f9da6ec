package org.studiebro.infrastructure;

import java.util.List;

/**
 * JVM options for the child processes a test run starts (the broker, the services of the end-to-end tests), from the
 * system property {@value #PROPERTY}, which the failsafe configuration in the parent pom.xml sets: there the children
 * live for a few minutes, so a quicker start (C1 only) counts for more than the peak speed of a long run. Outside
 * tests the property is unset, and the platform's processes start with the JVM's defaults.
 */
public final class ChildJvmOptions {

    static final String PROPERTY = "studiebro.childJvmOptions";

    private ChildJvmOptions() {
    }

    public static List<String> configured() {
        String options = System.getProperty(PROPERTY, "").strip();
        return options.isEmpty() ? List.of() : List.of(options.split("\\s+"));
    }
}
