package org.studiebro.benchmark.measure;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Samples CPU and resident memory of every platform process, and of this JVM (the load generator shares the
 * machine), from /proc once a call; the caller calls it every second. The process list is refreshed every few
 * samples, so a service that restarts is picked up again.
 */
public final class ProcessSampler {

    public static final String SELF = "load-generator";
    private static final int REFRESH_EVERY = 5;
    private static final double KIB_PER_MIB = 1024.0;

    private final RunClock clock;
    private final int registryPort;
    private final long ticksPerSecond = ProcFs.clockTicksPerSecond();
    private final long self = ProcessHandle.current().pid();
    private final Map<Long, Tracked> tracked = new LinkedHashMap<>();
    private final List<ProcessSample> samples = new ArrayList<>();
    private long maxTotalRssKiB;
    private int calls;

    public ProcessSampler(RunClock clock, int registryPort) {
        this.clock = clock;
        this.registryPort = registryPort;
    }

    public synchronized void sample() {
        if (calls++ % REFRESH_EVERY == 0) {
            refresh();
        }
        long now = System.nanoTime();
        int second = clock.second(now);
        long totalRss = 0;
        for (Tracked process : tracked.values()) {
            Optional<ProcFs.Snapshot> snapshot = ProcFs.read(process.pid);
            if (snapshot.isEmpty()) {
                continue;
            }
            long ticks = snapshot.get().stat().cpuTicks();
            long rss = snapshot.get().rssKiB();
            if (process.lastNanos != 0) {
                double cpu = 100.0 * (ticks - process.lastTicks) / ticksPerSecond / ((now - process.lastNanos) / 1e9);
                process.add(cpu, rss, ticks - process.lastTicks);
                samples.add(new ProcessSample(second, process.name, process.pid, cpu, rss / KIB_PER_MIB));
            }
            process.lastTicks = ticks;
            process.lastNanos = now;
            if (process.pid != self) {
                totalRss += rss;
            }
        }
        maxTotalRssKiB = Math.max(maxTotalRssKiB, totalRss);
    }

    public synchronized List<ProcessSample> samples() {
        return List.copyOf(samples);
    }

    public synchronized List<ProcessUsage> usage() {
        return tracked.values().stream()
                .filter(process -> process.count > 0)
                .map(process -> new ProcessUsage(process.name, process.pid, process.cpuSum / process.count,
                        process.maxCpu, process.maxRssKiB / KIB_PER_MIB, process.cpuTicks / (double) ticksPerSecond))
                .toList();
    }

    /** The highest sum of the platform processes' resident memory in one sample (this JVM not counted), in MiB. */
    public synchronized double maxTotalRssMiB() {
        return maxTotalRssKiB / KIB_PER_MIB;
    }

    /** Whether any platform process (other than this JVM) was found. */
    public synchronized boolean foundPlatform() {
        return tracked.values().stream().anyMatch(process -> process.pid != self);
    }

    /** CPU seconds the named process has used since it started, or empty when it is not running. */
    public synchronized Optional<Double> cpuSeconds(String name) {
        return tracked.values().stream()
                .filter(process -> process.name.equals(name))
                .map(process -> ProcFs.read(process.pid))
                .flatMap(Optional::stream)
                .map(snapshot -> snapshot.stat().cpuTicks() / (double) ticksPerSecond)
                .findFirst();
    }

    private void refresh() {
        tracked.computeIfAbsent(self, pid -> new Tracked(pid, SELF));
        for (PlatformProcess process : PlatformProcesses.find(registryPort)) {
            tracked.computeIfAbsent(process.pid(), pid -> new Tracked(pid, process.name()));
        }
    }

    private static final class Tracked {
        private final long pid;
        private final String name;
        private long lastTicks;
        private long lastNanos;
        private double cpuSum;
        private double maxCpu;
        private long maxRssKiB;
        private long cpuTicks;
        private int count;

        private Tracked(long pid, String name) {
            this.pid = pid;
            this.name = name;
        }

        private void add(double cpu, long rssKiB, long ticks) {
            cpuSum += cpu;
            cpuTicks += ticks;
            maxCpu = Math.max(maxCpu, cpu);
            maxRssKiB = Math.max(maxRssKiB, rssKiB);
            count++;
        }
    }
}
