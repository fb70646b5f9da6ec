package org.studiebro.benchmark.profile;

import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * One platform process's CPU profile: how many samples, their shares by {@link CpuCategory}, the hottest methods,
 * and the flame graph's file.
 */
public record ProcessProfile(String process, long samples, Map<CpuCategory, Long> byCategory,
        List<Map.Entry<String, Long>> hottest, Path flameGraph) {

    private static final int HOTTEST = 3;

    static ProcessProfile of(String process, CollapsedStacks stacks, Path flameGraph) {
        List<Map.Entry<String, Long>> hottest = stacks.byLeaf().entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder())
                        .thenComparing(Map.Entry.comparingByKey()))
                .limit(HOTTEST).toList();
        return new ProcessProfile(process, stacks.samples(), stacks.byCategory(), hottest, flameGraph);
    }

    public double share(CpuCategory category) {
        return samples == 0 ? 0 : byCategory.getOrDefault(category, 0L) / (double) samples;
    }

    public double share(Map.Entry<String, Long> method) {
        return samples == 0 ? 0 : method.getValue() / (double) samples;
    }
}
