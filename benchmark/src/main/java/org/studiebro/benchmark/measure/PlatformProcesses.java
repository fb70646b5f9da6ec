package org.studiebro.benchmark.measure;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the processes of the local platform by their command lines: the launcher (./studiebro up or demo, which also
 * runs the SMTP server and the mail viewer), the broker (kafka.Kafka), the schema registry (Apicurio's quarkus-run.jar) and the
 * services (their *-exec.jar). When a launcher runs, only its descendants count, so that brokers and registries of
 * colleagues' test runs on the same machine are left out; without one (the platform was started some other way),
 * every process matching those command lines counts, the registry only on the given port.
 */
public final class PlatformProcesses {

    // The one entry point runs every command; only up and demo start a platform.
    private static final Pattern LAUNCHER = Pattern.compile("org\\.studiebro\\.cli\\.Studiebro (up|demo)\\b");
    private static final Pattern EXEC_JAR = Pattern.compile("([A-Za-z0-9-]+?)-\\d[^/\\s]*-exec\\.jar");
    private static final Pattern QUARKUS_PORT = Pattern.compile("-Dquarkus\\.http\\.port=(\\d+)");

    private PlatformProcesses() {
    }

    public static List<PlatformProcess> find(int registryPort) {
        List<Candidate> candidates = new ArrayList<>();
        for (long pid : ProcFs.pids()) {
            String cmdline = ProcFs.cmdline(pid);
            role(cmdline, registryPort).ifPresent(name -> candidates.add(new Candidate(pid, name)));
        }
        Set<Long> launchers = new HashSet<>();
        candidates.stream().filter(c -> c.name.equals("launcher")).forEach(c -> launchers.add(c.pid));
        List<PlatformProcess> found = new ArrayList<>();
        for (Candidate candidate : candidates) {
            if (launchers.isEmpty() || launchers.contains(candidate.pid) || descendsFrom(candidate.pid, launchers)) {
                found.add(new PlatformProcess(candidate.pid, candidate.name));
            }
        }
        return found;
    }

    /** The part a command line plays in the platform, if any. */
    static Optional<String> role(String cmdline, int registryPort) {
        if (!cmdline.contains("java")) {
            return Optional.empty();
        }
        if (LAUNCHER.matcher(cmdline).find()) {
            return Optional.of("launcher");
        }
        if (cmdline.contains(" kafka.Kafka ")) {
            return Optional.of("kafka-broker");
        }
        if (cmdline.contains("quarkus-run.jar")) {
            Matcher port = QUARKUS_PORT.matcher(cmdline);
            boolean platformPort = !port.find() || Integer.parseInt(port.group(1)) == registryPort;
            return platformPort ? Optional.of("schema-registry") : Optional.empty();
        }
        Matcher jar = EXEC_JAR.matcher(cmdline);
        if (jar.find()) {
            return Optional.of(jar.group(1));
        }
        return Optional.empty();
    }

    private static boolean descendsFrom(long pid, Set<Long> ancestors) {
        long current = pid;
        for (int depth = 0; depth < 64 && current > 1; depth++) {
            current = ProcFs.parentOf(current);
            if (ancestors.contains(current)) {
                return true;
            }
        }
        return false;
    }

    private record Candidate(long pid, String name) {
    }
}
