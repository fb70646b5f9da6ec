package org.studiebro.benchmark.profile;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * async-profiler's collapsed stacks ({@code root;...;leaf count} per line) reduced to what the report shows: the
 * samples per {@link CpuCategory} and per leaf frame (the method that was on the CPU).
 */
record CollapsedStacks(long samples, Map<CpuCategory, Long> byCategory, Map<String, Long> byLeaf) {

    static CollapsedStacks read(Path file) {
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return parse(reader.lines().toList());
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read " + file, e);
        }
    }

    static CollapsedStacks parse(List<String> lines) {
        long samples = 0;
        Map<CpuCategory, Long> byCategory = new EnumMap<>(CpuCategory.class);
        Map<String, Long> byLeaf = new HashMap<>();
        for (String line : lines) {
            int space = line.lastIndexOf(' ');
            if (space <= 0) {
                continue;
            }
            long count = Long.parseLong(line.substring(space + 1).trim());
            String[] frames = line.substring(0, space).split(";");
            samples += count;
            byCategory.merge(CpuCategory.of(frames), count, Long::sum);
            byLeaf.merge(frames[frames.length - 1], count, Long::sum);
        }
        return new CollapsedStacks(samples, byCategory, byLeaf);
    }
}
