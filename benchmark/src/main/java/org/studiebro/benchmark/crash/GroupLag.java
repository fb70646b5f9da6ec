package org.studiebro.benchmark.crash;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ConsumerGroupDescription;
import org.apache.kafka.clients.admin.GroupListing;
import org.apache.kafka.clients.admin.ListOffsetsOptions;
import org.apache.kafka.clients.admin.ListOffsetsResult.ListOffsetsResultInfo;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.GroupType;
import org.apache.kafka.common.IsolationLevel;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.studiebro.infrastructure.KafkaClientConfig;

/**
 * How far every consumer group is behind: per partition it has committed or been assigned, the offsets from its
 * committed one (or the partition's first, when it has committed nothing yet: a consumer that has not got through
 * its first records is behind all of them) up to the last stable offset. A transactional consumer that has read
 * everything still stands one offset before the last stable one: that offset holds the commit marker, no record.
 * So {@link #recordsBehind} reads short gaps to count only records.
 */
final class GroupLag {

    private static final long TIMEOUT_SECONDS = 10;
    // Longer gaps than this are records for certain: only commit markers of a few transactions can sit there.
    private static final long LONGEST_MARKER_GAP = 20;

    private final Admin admin;
    private final KafkaClientConfig kafka;

    GroupLag(Admin admin, KafkaClientConfig kafka) {
        this.admin = admin;
        this.kafka = kafka;
    }

    /** Offsets behind, per group; a group the broker cannot describe right now is left out. */
    Map<String, Map<TopicPartition, Gap>> gaps() throws InterruptedException, ExecutionException, TimeoutException {
        List<String> groups = admin.listGroups().all().get(TIMEOUT_SECONDS, TimeUnit.SECONDS).stream()
                .filter(listing -> listing.type().map(type -> type != GroupType.SHARE).orElse(true))
                .map(GroupListing::groupId)
                .toList();
        Map<String, Map<TopicPartition, Gap>> gaps = new TreeMap<>();
        for (String group : groups) {
            try {
                gaps.put(group, gaps(group));
            } catch (ExecutionException | TimeoutException notNow) {
                // A group whose coordinator moves (the broker restarting) is measured at the next poll.
            }
        }
        return gaps;
    }

    /** Records (not offsets) behind in every group together. */
    long recordsBehind(Map<String, Map<TopicPartition, Gap>> gaps) {
        long records = 0;
        List<Gap> shortGaps = new ArrayList<>();
        for (Map<TopicPartition, Gap> group : gaps.values()) {
            for (Gap gap : group.values()) {
                if (gap.offsets() > LONGEST_MARKER_GAP) {
                    records += gap.offsets();
                } else if (gap.offsets() > 0) {
                    shortGaps.add(gap);
                }
            }
        }
        return records + (shortGaps.isEmpty() ? 0 : count(shortGaps));
    }

    static long offsets(Map<TopicPartition, Gap> gaps) {
        return gaps.values().stream().mapToLong(Gap::offsets).sum();
    }

    static Map<TopicPartition, Gap> gaps(Map<TopicPartition, Long> committed, Set<TopicPartition> assigned,
                                         Map<TopicPartition, Long> first, Map<TopicPartition, Long> lastStable) {
        Set<TopicPartition> partitions = new HashSet<>(committed.keySet());
        partitions.addAll(assigned);
        Map<TopicPartition, Gap> gaps = new HashMap<>();
        for (TopicPartition partition : partitions) {
            Long end = lastStable.get(partition);
            if (end != null) {
                long from = committed.getOrDefault(partition, first.getOrDefault(partition, 0L));
                gaps.put(partition, new Gap(partition, from, Math.max(from, end)));
            }
        }
        return gaps;
    }

    private Map<TopicPartition, Gap> gaps(String group)
            throws InterruptedException, ExecutionException, TimeoutException {
        Map<TopicPartition, Long> committed = new HashMap<>();
        Map<TopicPartition, OffsetAndMetadata> offsets = admin.listConsumerGroupOffsets(group)
                .partitionsToOffsetAndMetadata().get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        offsets.forEach((partition, offset) -> {
            if (offset != null) {
                committed.put(partition, offset.offset());
            }
        });
        Set<TopicPartition> assigned = new HashSet<>();
        ConsumerGroupDescription description = admin.describeConsumerGroups(List.of(group)).describedGroups()
                .get(group).get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        description.members().forEach(member -> assigned.addAll(member.assignment().topicPartitions()));
        Set<TopicPartition> partitions = new HashSet<>(committed.keySet());
        partitions.addAll(assigned);
        if (partitions.isEmpty()) {
            return Map.of();
        }
        return gaps(committed, assigned, listOffsets(partitions, OffsetSpec.earliest()),
                listOffsets(partitions, OffsetSpec.latest()));
    }

    private Map<TopicPartition, Long> listOffsets(Set<TopicPartition> partitions, OffsetSpec spec)
            throws InterruptedException, ExecutionException, TimeoutException {
        Map<TopicPartition, OffsetSpec> request = new HashMap<>();
        partitions.forEach(partition -> request.put(partition, spec));
        Map<TopicPartition, ListOffsetsResultInfo> answer = admin.listOffsets(request,
                new ListOffsetsOptions(IsolationLevel.READ_COMMITTED)).all().get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        Map<TopicPartition, Long> result = new HashMap<>();
        answer.forEach((partition, info) -> result.put(partition, info.offset()));
        return result;
    }

    /** Reads the short gaps as a read_committed consumer would: commit markers and aborted records are skipped. */
    private long count(List<Gap> gaps) {
        Map<String, Object> config = kafka.with(Map.of(
                ConsumerConfig.CLIENT_ID_CONFIG, "studiebro-crash-test-gaps",
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed",
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false"));
        long records = 0;
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(config, new ByteArrayDeserializer(),
                new ByteArrayDeserializer())) {
            for (Gap gap : gaps) {
                consumer.assign(List.of(gap.partition()));
                consumer.seek(gap.partition(), gap.from());
                long deadline = System.nanoTime() + Duration.ofSeconds(TIMEOUT_SECONDS).toNanos();
                while (consumer.position(gap.partition()) < gap.to() && System.nanoTime() < deadline) {
                    for (ConsumerRecord<byte[], byte[]> record : consumer.poll(Duration.ofMillis(200))) {
                        if (record.offset() < gap.to()) {
                            records++;
                        }
                    }
                }
                if (consumer.position(gap.partition()) < gap.to()) {
                    records += gap.to() - consumer.position(gap.partition());
                }
            }
        }
        return records;
    }

    /** The offsets {@code [from, to)} of one partition that a group has not committed yet. */
    record Gap(TopicPartition partition, long from, long to) {

        long offsets() {
            return to - from;
        }
    }
}
