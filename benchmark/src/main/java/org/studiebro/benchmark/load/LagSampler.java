package org.studiebro.benchmark.load;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.GroupListing;
import org.apache.kafka.clients.admin.ListOffsetsOptions;
import org.apache.kafka.clients.admin.ListOffsetsResult;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.GroupType;
import org.apache.kafka.common.IsolationLevel;
import org.apache.kafka.common.TopicPartition;
import org.studiebro.benchmark.measure.RunClock;
import org.studiebro.infrastructure.KafkaClientConfig;

/**
 * The consumer lag of the services' groups, sampled every second: for each group, the sum over its partitions of the
 * last stable offset (what a read_committed consumer can reach) minus the group's committed offset. Groups are listed
 * again every few samples, so that a group formed during the run is included.
 */
final class LagSampler implements AutoCloseable {

    private static final int REFRESH_EVERY = 10;
    private static final long TIMEOUT_SECONDS = 5;

    private final Admin admin;
    private final RunClock clock;
    private final List<LagSample> samples = new ArrayList<>();
    private final Map<String, Long> latest = new HashMap<>();
    private List<String> groups = List.of();
    private int calls;
    private String problem;

    LagSampler(KafkaClientConfig kafka, RunClock clock) {
        this.admin = Admin.create(kafka.with(Map.of(AdminClientConfig.CLIENT_ID_CONFIG, "studiebro-load-lag")));
        this.clock = clock;
    }

    /** One sample of every group's lag. */
    synchronized void sample() {
        try {
            if (calls++ % REFRESH_EVERY == 0) {
                groups = admin.listGroups().all().get(TIMEOUT_SECONDS, TimeUnit.SECONDS).stream()
                        .filter(listing -> listing.type().map(type -> type != GroupType.SHARE).orElse(true))
                        .map(GroupListing::groupId)
                        .sorted()
                        .toList();
            }
            int second = clock.second(System.nanoTime());
            for (String group : groups) {
                try {
                    long lag = lag(group);
                    samples.add(new LagSample(second, group, lag));
                    latest.put(group, lag);
                } catch (ExecutionException | TimeoutException e) {
                    problem = group + ": " + e;
                }
            }
        } catch (ExecutionException | TimeoutException | RuntimeException e) {
            problem = e.toString();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    synchronized List<LagSample> samples() {
        return List.copyOf(samples);
    }

    /** The sum of the latest lag of every group. */
    synchronized long totalLatest() {
        return latest.values().stream().mapToLong(Long::longValue).sum();
    }

    /** The largest latest lag of any one group. */
    synchronized long worstLatest() {
        return latest.values().stream().mapToLong(Long::longValue).max().orElse(0);
    }

    /** The last error the sampling met, or null. */
    synchronized String problem() {
        return problem;
    }

    @Override
    public void close() {
        admin.close();
    }

    private long lag(String group) throws ExecutionException, InterruptedException, TimeoutException {
        Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(group)
                .partitionsToOffsetAndMetadata().get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        Map<TopicPartition, OffsetSpec> ends = new HashMap<>();
        committed.forEach((partition, offset) -> {
            if (offset != null) {
                ends.put(partition, OffsetSpec.latest());
            }
        });
        if (ends.isEmpty()) {
            return 0;
        }
        Map<TopicPartition, ListOffsetsResult.ListOffsetsResultInfo> end = admin.listOffsets(ends,
                new ListOffsetsOptions(IsolationLevel.READ_COMMITTED)).all().get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        long lag = 0;
        for (Map.Entry<TopicPartition, ListOffsetsResult.ListOffsetsResultInfo> entry : end.entrySet()) {
            lag += Math.max(0, entry.getValue().offset() - committed.get(entry.getKey()).offset());
        }
        return lag;
    }
}
