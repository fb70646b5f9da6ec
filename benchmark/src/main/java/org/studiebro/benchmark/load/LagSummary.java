package org.studiebro.benchmark.load;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One consumer group's lag over a run: the highest, at the end of sending, at the end of the run, and its trend while
 * sending (least-squares slope over the second half of the sending window, in records per second): a lag that keeps
 * growing while the load is steady means the group cannot keep up.
 */
public record LagSummary(String group, long max, long atEndOfSending, long atEnd, double trendPerSecond) {

    /** By group, in the order the groups were first sampled. */
    public static List<LagSummary> of(List<LagSample> samples, int lastSendingSecond) {
        Map<String, List<LagSample>> byGroup = new LinkedHashMap<>();
        samples.forEach(sample -> byGroup.computeIfAbsent(sample.group(), unused -> new ArrayList<>()).add(sample));
        List<LagSummary> summaries = new ArrayList<>();
        byGroup.forEach((group, series) -> {
            long max = series.stream().mapToLong(LagSample::lag).max().orElse(0);
            long atEndOfSending = series.stream().filter(s -> s.second() <= lastSendingSecond)
                    .reduce((first, second) -> second).map(LagSample::lag).orElse(0L);
            List<LagSample> secondHalf = series.stream()
                    .filter(s -> s.second() >= lastSendingSecond / 2 && s.second() <= lastSendingSecond)
                    .toList();
            summaries.add(new LagSummary(group, max, atEndOfSending, series.getLast().lag(), slope(secondHalf)));
        });
        return summaries;
    }

    static double slope(List<LagSample> samples) {
        int n = samples.size();
        if (n < 2) {
            return 0;
        }
        double meanX = samples.stream().mapToDouble(LagSample::second).average().orElse(0);
        double meanY = samples.stream().mapToDouble(LagSample::lag).average().orElse(0);
        double covariance = 0;
        double variance = 0;
        for (LagSample sample : samples) {
            covariance += (sample.second() - meanX) * (sample.lag() - meanY);
            variance += (sample.second() - meanX) * (sample.second() - meanX);
        }
        return variance == 0 ? 0 : covariance / variance;
    }
}
