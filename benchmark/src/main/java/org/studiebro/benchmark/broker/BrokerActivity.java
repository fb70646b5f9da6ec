package org.studiebro.benchmark.broker;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.TopicPartition;
import org.studiebro.infrastructure.KafkaClientConfig;

/**
 * How far the end offsets of every (non-internal) topic moved: the records the platform wrote to the broker,
 * transaction markers included (each committed transaction writes one per partition it touched).
 */
public final class BrokerActivity {

    private BrokerActivity() {
    }

    /** The end offsets of every partition of every topic now. */
    public static Map<TopicPartition, Long> endOffsets(KafkaClientConfig kafka) {
        try (Admin admin = Admin.create(kafka.settings())) {
            Set<String> topics = admin.listTopics().names().get(30, TimeUnit.SECONDS);
            Map<String, TopicDescription> described = admin.describeTopics(topics).allTopicNames()
                    .get(30, TimeUnit.SECONDS);
            Map<TopicPartition, OffsetSpec> request = new HashMap<>();
            described.values().forEach(topic -> topic.partitions().forEach(partition -> request.put(
                    new TopicPartition(topic.name(), partition.partition()), OffsetSpec.latest())));
            Map<TopicPartition, Long> ends = new HashMap<>();
            admin.listOffsets(request).all().get(30, TimeUnit.SECONDS)
                    .forEach((partition, info) -> ends.put(partition, info.offset()));
            return ends;
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("Could not read the end offsets: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while reading end offsets", e);
        }
    }

    /** Offsets added between two snapshots; partitions new in {@code after} count from 0. */
    public static long written(Map<TopicPartition, Long> before, Map<TopicPartition, Long> after) {
        long total = 0;
        for (Map.Entry<TopicPartition, Long> entry : after.entrySet()) {
            total += Math.max(0, entry.getValue() - before.getOrDefault(entry.getKey(), 0L));
        }
        return total;
    }
}
