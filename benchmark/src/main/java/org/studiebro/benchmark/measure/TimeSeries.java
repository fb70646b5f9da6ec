package org.studiebro.benchmark.measure;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;

import org.HdrHistogram.Histogram;
import org.HdrHistogram.SynchronizedHistogram;

/**
 * Per-second counts (events per second) and per-second latency percentiles of a run, by the second in which each
 * event happened. Series are named up front so that CSV columns keep their order.
 */
public final class TimeSeries {

    private final RunClock clock;
    private final List<String> counters;
    private final List<String> latencies;
    private final Map<String, Map<Integer, LongAdder>> counts = new ConcurrentHashMap<>();
    private final Map<String, Map<Integer, Histogram>> histograms = new ConcurrentHashMap<>();
    private final AtomicInteger lastSecond = new AtomicInteger();

    public TimeSeries(RunClock clock, List<String> counters, List<String> latencies) {
        this.clock = clock;
        this.counters = List.copyOf(counters);
        this.latencies = List.copyOf(latencies);
        this.counters.forEach(name -> counts.put(name, new ConcurrentHashMap<>()));
        this.latencies.forEach(name -> histograms.put(name, new ConcurrentHashMap<>()));
    }

    public void count(String series, long atNanos) {
        int second = seen(atNanos);
        series(counts, series).computeIfAbsent(second, unused -> new LongAdder()).increment();
    }

    public void latency(String series, long atNanos, long latencyNanos) {
        int second = seen(atNanos);
        // Two significant digits: a per-second chart needs no more, and it keeps hundreds of histograms small.
        series(histograms, series).computeIfAbsent(second, unused -> new SynchronizedHistogram(2))
                .recordValue(Math.max(0, TimeUnit.NANOSECONDS.toMicros(latencyNanos)));
    }

    public List<String> counters() {
        return counters;
    }

    public List<String> latencies() {
        return latencies;
    }

    /** The last second anything happened in; the series run from 0 to it. */
    public int lastSecond() {
        return lastSecond.get();
    }

    public long count(String series, int second) {
        LongAdder adder = series(counts, series).get(second);
        return adder == null ? 0 : adder.sum();
    }

    public LatencySummary latency(String series, int second) {
        Histogram histogram = series(histograms, series).get(second);
        return histogram == null ? LatencySummary.empty(series) : LatencyStats.summarise(series, histogram);
    }

    private int seen(long atNanos) {
        int second = clock.second(atNanos);
        lastSecond.accumulateAndGet(second, Math::max);
        return second;
    }

    private static <T> Map<Integer, T> series(Map<String, Map<Integer, T>> all, String name) {
        Map<Integer, T> series = all.get(name);
        if (series == null) {
            throw new IllegalArgumentException("no series named " + name);
        }
        return series;
    }
}
