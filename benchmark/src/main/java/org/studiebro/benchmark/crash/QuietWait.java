package org.studiebro.benchmark.crash;

import java.io.PrintStream;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ListOffsetsResult;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.TopicPartition;
import org.studiebro.benchmark.load.StopFlag;
import org.studiebro.infrastructure.KafkaClientConfig;

/**
 * Waits until the platform has finished with what it was given: no consumer group lags and no topic has grown for
 * {@code quietFor}; gives up after {@code patience}, and says so.
 */
final class QuietWait {

    private static final Duration POLL = Duration.ofSeconds(2);
    private static final Duration REPORT_EVERY = Duration.ofSeconds(30);

    private QuietWait() {
    }

    /** Returns true when the platform went quiet in time (false also when {@code stop} is set). */
    static boolean await(KafkaClientConfig kafka, Duration quietFor, Duration patience, StopFlag stop,
                         PrintStream out)
            throws InterruptedException {
        long began = System.nanoTime();
        long deadline = began + patience.toNanos();
        try (Admin admin = Admin.create(kafka.with(Map.of(
                AdminClientConfig.CLIENT_ID_CONFIG, "studiebro-crash-test-quiet")))) {
            GroupLag groupLag = new GroupLag(admin, kafka);
            long lastEnds = -1;
            long unchangedSince = System.nanoTime();
            long reported = System.nanoTime();
            while (System.nanoTime() < deadline && !stop.stopped()) {
                Map<String, Map<TopicPartition, GroupLag.Gap>> gaps = gaps(groupLag);
                long ends = totalEndOffsets(admin);
                long now = System.nanoTime();
                if (ends < 0 || gaps == null || ends != lastEnds) {
                    lastEnds = ends;
                    unchangedSince = now;
                } else if (now - unchangedSince >= quietFor.toNanos()) {
                    long behind = groupLag.recordsBehind(gaps);
                    if (behind == 0) {
                        out.printf("Quiet after %.0f s: no group behind by a record, no new records for %d s "
                                + "(%d offsets on all topics).%n", (now - began) / 1e9, quietFor.toSeconds(), ends);
                        return true;
                    }
                    out.printf("  no new records for %d s, but %d records not yet consumed: %s%n",
                            quietFor.toSeconds(), behind, behindOnly(gaps));
                    unchangedSince = now;
                }
                if (now - reported >= REPORT_EVERY.toNanos()) {
                    out.printf("  waiting for the platform to finish (%.0f s): %d offsets on all topics; offsets "
                            + "behind: %s%n", (now - began) / 1e9, ends, gaps == null ? "unknown" : behindOnly(gaps));
                    reported = now;
                }
                Thread.sleep(POLL);
            }
            if (!stop.stopped()) {
                out.printf("The platform did not go quiet within %d s; reconciling anyway.%n", patience.toSeconds());
            }
            return false;
        }
    }

    /** Offsets behind per group; null when the broker cannot tell right now. */
    private static Map<String, Map<TopicPartition, GroupLag.Gap>> gaps(GroupLag groupLag)
            throws InterruptedException {
        try {
            return groupLag.gaps();
        } catch (ExecutionException | TimeoutException e) {
            return null;
        }
    }

    private static Map<String, Long> behindOnly(Map<String, Map<TopicPartition, GroupLag.Gap>> gaps) {
        Map<String, Long> behind = new TreeMap<>();
        gaps.forEach((group, partitions) -> {
            long offsets = GroupLag.offsets(partitions);
            if (offsets > 0) {
                behind.put(group, offsets);
            }
        });
        return behind;
    }

    private static long totalEndOffsets(Admin admin) throws InterruptedException {
        try {
            Set<String> topics = admin.listTopics().names().get(10, TimeUnit.SECONDS);
            Map<String, TopicDescription> descriptions = admin.describeTopics(topics).allTopicNames()
                    .get(10, TimeUnit.SECONDS);
            Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
            descriptions.values().forEach(topic -> topic.partitions().forEach(partition ->
                    latest.put(new TopicPartition(topic.name(), partition.partition()), OffsetSpec.latest())));
            Map<TopicPartition, ListOffsetsResult.ListOffsetsResultInfo> ends = admin.listOffsets(latest).all()
                    .get(10, TimeUnit.SECONDS);
            return ends.values().stream().mapToLong(ListOffsetsResult.ListOffsetsResultInfo::offset).sum();
        } catch (ExecutionException | TimeoutException e) {
            // Not known this time: counts as a change, and the next poll tries again.
            return -1;
        }
    }
}
