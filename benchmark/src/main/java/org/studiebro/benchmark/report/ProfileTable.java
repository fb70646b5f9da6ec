package org.studiebro.benchmark.report;

import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

import org.studiebro.benchmark.profile.CpuCategory;
import org.studiebro.benchmark.profile.ProcessProfile;

/**
 * A pipeline run's CPU profiles: per process, where its samples went and its hottest methods. The flame graphs stay in
 * the run's results (named, not linked: a link from the committed report would point at files nobody else has).
 */
final class ProfileTable {

    private static final double SAMPLE_SECONDS = 0.01;

    private ProfileTable() {
    }

    static String render(List<ProcessProfile> profiles) {
        StringBuilder md = new StringBuilder("### Where the CPU went\n\n");
        md.append("async-profiler sampled each JVM every 10 ms of CPU time during the middle third of the sending "
                + "time. A sample counts for the part of the first frame, from the method on the CPU towards the "
                + "thread's root, that belongs to a known part (so the JDK's HashMap called by Kafka counts as Kafka; "
                + "GC and JIT work as the JVM). CPU s is samples × 10 ms. The flame graphs (`<process>.html`, they "
                + "open in a browser) and collapsed stacks are in `")
                .append(profiles.getFirst().flameGraph().getParent()).append("`.\n\n");
        String[] headers = new String[CpuCategory.values().length + 3];
        headers[0] = "process";
        headers[1] = "CPU s>";
        int column = 2;
        for (CpuCategory category : CpuCategory.values()) {
            headers[column++] = category.label() + ">";
        }
        headers[column] = "hottest methods (share of the process's samples)";
        MarkdownTable table = new MarkdownTable(headers);
        profiles.stream().sorted(Comparator.comparingLong(ProcessProfile::samples).reversed()).forEach(profile -> {
            Object[] cells = new Object[headers.length];
            cells[0] = profile.process();
            cells[1] = Figures.decimal(profile.samples() * SAMPLE_SECONDS, 1);
            int i = 2;
            for (CpuCategory category : CpuCategory.values()) {
                cells[i++] = Figures.percent(profile.share(category));
            }
            cells[i] = profile.hottest().stream()
                    .map(method -> shortName(method.getKey()) + " " + Figures.percent(profile.share(method)))
                    .collect(Collectors.joining(", "));
            table.row(cells);
        });
        return md.append(table.render()).append('\n').toString();
    }

    /** {@code java/util/HashMap.getNode} as {@code HashMap.getNode}: the package adds width, not meaning here. */
    static String shortName(String frame) {
        int slash = frame.lastIndexOf('/');
        return slash < 0 ? frame : frame.substring(slash + 1);
    }
}
