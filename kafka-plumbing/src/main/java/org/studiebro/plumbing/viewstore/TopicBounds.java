package org.studiebro.plumbing.viewstore;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ListOffsetsOptions;
import org.apache.kafka.clients.admin.ListOffsetsResult.ListOffsetsResultInfo;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.IsolationLevel;
import org.apache.kafka.common.KafkaFuture;
import org.apache.kafka.common.TopicPartition;

/**
 * What the broker says of a view's topics when the service starts: each topic's id (a new one when the topic was
 * deleted and created again), and each partition's start offset and end offset. The end offset is the last stable
 * offset, as the views read (read_committed): a position the view has reached is never beyond it.
 */
record TopicBounds(Map<String, String> topicIds, Map<TopicPartition, Long> starts, Map<TopicPartition, Long> ends) {

    TopicBounds {
        topicIds = Map.copyOf(topicIds);
        starts = Map.copyOf(starts);
        ends = Map.copyOf(ends);
    }

    static TopicBounds of(Admin admin, Set<String> topics, Duration timeout) {
        Map<String, TopicDescription> described = await(admin.describeTopics(topics).allTopicNames(), timeout);
        Map<String, String> ids = new HashMap<>();
        Map<TopicPartition, OffsetSpec> earliest = new HashMap<>();
        Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
        described.forEach((topic, description) -> {
            ids.put(topic, description.topicId().toString());
            description.partitions().forEach(partition -> {
                earliest.put(new TopicPartition(topic, partition.partition()), OffsetSpec.earliest());
                latest.put(new TopicPartition(topic, partition.partition()), OffsetSpec.latest());
            });
        });
        return new TopicBounds(ids, offsets(admin, earliest, timeout), offsets(admin, latest, timeout));
    }

    private static Map<TopicPartition, Long> offsets(Admin admin, Map<TopicPartition, OffsetSpec> specs,
            Duration timeout) {
        Map<TopicPartition, ListOffsetsResultInfo> offsets = await(admin.listOffsets(specs,
                new ListOffsetsOptions(IsolationLevel.READ_COMMITTED)).all(), timeout);
        return offsets.entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, offset -> offset.getValue().offset()));
    }

    private static <T> T await(KafkaFuture<T> future, Duration timeout) {
        try {
            return future.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while reading the views' topics", e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("Cannot read the views' topics from the broker: " + e.getMessage(), e);
        }
    }
}
