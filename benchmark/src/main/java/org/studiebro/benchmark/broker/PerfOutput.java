package org.studiebro.benchmark.broker;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the final figures out of what kafka-producer-perf-test and kafka-consumer-perf-test print. */
final class PerfOutput {

    private static final Pattern PRODUCER_TOTAL = Pattern.compile(
            "(\\d+) records sent, ([\\d.]+) records/sec \\(([\\d.]+) MB/sec\\), ([\\d.]+) ms avg latency, "
                    + "([\\d.]+) ms max latency, (\\d+) ms 50th, (\\d+) ms 95th, (\\d+) ms 99th, (\\d+) ms 99.9th");
    private static final String CONSUMER_HEADER_START = "start.time";

    private PerfOutput() {
    }

    /** The producer's summary line; with warm-up records it prints two, and the last (steady state) wins. */
    static Optional<ProducerFigures> producer(List<String> lines) {
        ProducerFigures figures = null;
        for (String line : lines) {
            Matcher m = PRODUCER_TOTAL.matcher(line);
            if (m.find()) {
                figures = new ProducerFigures(Long.parseLong(m.group(1)), Double.parseDouble(m.group(2)),
                        Double.parseDouble(m.group(3)), Double.parseDouble(m.group(4)), Double.parseDouble(m.group(5)),
                        Long.parseLong(m.group(6)), Long.parseLong(m.group(7)), Long.parseLong(m.group(8)),
                        Long.parseLong(m.group(9)));
            }
        }
        return Optional.ofNullable(figures);
    }

    /** The consumer's CSV-like header and the data line after it, read by column name. */
    static Optional<ConsumerFigures> consumer(List<String> lines) {
        for (int i = 0; i < lines.size() - 1; i++) {
            if (lines.get(i).trim().startsWith(CONSUMER_HEADER_START)) {
                List<String> names = split(lines.get(i));
                List<String> values = split(lines.get(i + 1));
                if (values.size() != names.size()) {
                    continue;
                }
                return Optional.of(new ConsumerFigures(
                        (long) number(names, values, "data.consumed.in.nMsg"),
                        number(names, values, "nMsg.sec"),
                        number(names, values, "MB.sec"),
                        number(names, values, "fetch.nMsg.sec"),
                        number(names, values, "fetch.MB.sec"),
                        number(names, values, "rebalance.time.ms"),
                        number(names, values, "fetch.time.ms")));
            }
        }
        return Optional.empty();
    }

    private static List<String> split(String line) {
        return Arrays.stream(line.split(",")).map(String::trim).toList();
    }

    private static double number(List<String> names, List<String> values, String name) {
        int index = names.indexOf(name);
        if (index < 0) {
            throw new IllegalArgumentException("kafka-consumer-perf-test printed no column " + name + ": " + names);
        }
        return Double.parseDouble(values.get(index));
    }
}
