package org.studiebro.benchmark.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.apache.kafka.common.utils.AppInfoParser;

/** The machine and software a benchmark ran on, from /proc and the JVM. */
public final class MachineInfo {

    private MachineInfo() {
    }

    public static Map<String, String> describe() {
        Map<String, String> facts = new LinkedHashMap<>();
        facts.put("CPU", cpuModel().orElse("unknown") + ", " + Runtime.getRuntime().availableProcessors()
                + " cores visible to the JVM");
        facts.put("memory", memory().orElse("unknown"));
        facts.put("kernel", read("/proc/sys/kernel/osrelease").map(String::trim).orElse(System.getProperty("os.version")));
        facts.put("JVM", System.getProperty("java.vm.name") + " " + Runtime.version() + " ("
                + System.getProperty("java.vendor") + ")");
        facts.put("Kafka clients and tools", AppInfoParser.getVersion());
        return facts;
    }

    static Optional<String> cpuModel() {
        return read("/proc/cpuinfo").flatMap(text -> text.lines()
                .filter(line -> line.startsWith("model name"))
                .map(line -> line.substring(line.indexOf(':') + 1).trim())
                .findFirst());
    }

    static Optional<String> memory() {
        return read("/proc/meminfo").flatMap(text -> text.lines()
                .filter(line -> line.startsWith("MemTotal:"))
                .map(line -> line.replaceAll("\\D", ""))
                .map(kib -> String.format(Locale.ROOT, "%.1f GiB", Long.parseLong(kib) / 1024.0 / 1024.0))
                .findFirst());
    }

    private static Optional<String> read(String file) {
        try {
            return Optional.of(Files.readString(Path.of(file)));
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
