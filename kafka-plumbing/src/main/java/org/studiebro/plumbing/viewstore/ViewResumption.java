package org.studiebro.plumbing.viewstore;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.common.TopicPartition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.kafka.core.KafkaAdmin;

/**
 * Decides, once every view has taken its table and before any listener starts, whether each view goes on from
 * its stored positions or has lost its data and starts over from the beginning of its topics (its column family
 * dropped with its positions), as Kafka Streams restores a store from its changelog only when the local state is
 * missing or invalid. A view has lost its data when a topic it read from
 * <ul>
 * <li>has another topic id than when the view last started: it was deleted and created again, even if the new
 * topic has since grown past the stored positions, which the offsets alone cannot tell;</li>
 * <li>ends before a stored position, or has no such partition any more: recreated, or truncated under the view;</li>
 * <li>starts after a stored position: the records in between have gone (retention, deleted records), so the view
 * could not be what reading the topic gives. Started over, it holds what the topic still has, as a fresh instance
 * would.</li>
 * </ul>
 * The topic ids are kept after the check, in the view's own column family. A missing or foreign store directory is
 * handled by the {@link ViewStore} itself: an empty store has no positions, and every view reads from the beginning.
 * <p>
 * Before the listeners start, because a view that starts over must not drop what another thread has just written
 * into it (a replayed dead letter). Reading the broker here is like the listeners' own partition lookup: the service
 * does not start without it.
 */
class ViewResumption implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(ViewResumption.class);
    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private final ViewStore store;
    private final KafkaAdmin kafkaAdmin;

    ViewResumption(ViewStore store, KafkaAdmin kafkaAdmin) {
        this.store = store;
        this.kafkaAdmin = kafkaAdmin;
    }

    @Override
    public void afterSingletonsInstantiated() {
        try (Admin admin = Admin.create(kafkaAdmin.getConfigurationProperties())) {
            for (ViewTable<?> table : store.tables()) {
                resume(table, TopicBounds.of(admin, table.topics(), TIMEOUT));
            }
        }
    }

    private static void resume(ViewTable<?> table, TopicBounds bounds) {
        Map<TopicPartition, Long> positions = table.positions();
        Optional<String> lost = lostBecause(positions, table.topicIds(), bounds);
        if (lost.isPresent()) {
            log.warn("View {} starts over from the beginning of {}: {}", table.name(), table.topics(), lost.get());
            table.startOver();
        } else if (positions.isEmpty()) {
            log.info("View {} has no stored positions: it reads {} from the beginning", table.name(), table.topics());
        } else {
            log.info("View {} goes on from its stored positions {}", table.name(), positions);
        }
        table.keepTopicIds(bounds.topicIds());
    }

    /** Why a view with these stored positions and topic ids has lost its data; empty when it can go on. */
    static Optional<String> lostBecause(Map<TopicPartition, Long> positions, Map<String, String> storedTopicIds,
            TopicBounds bounds) {
        for (Map.Entry<String, String> stored : storedTopicIds.entrySet()) {
            String current = bounds.topicIds().get(stored.getKey());
            if (current != null && !current.equals(stored.getValue())) {
                return Optional.of(stored.getKey() + " was created again (topic id " + stored.getValue() + ", now "
                        + current + ")");
            }
        }
        for (Map.Entry<TopicPartition, Long> position : positions.entrySet()) {
            TopicPartition partition = position.getKey();
            if (!bounds.topicIds().containsKey(partition.topic())) {
                continue;  // a topic the view no longer reads
            }
            Long start = bounds.starts().get(partition);
            Long end = bounds.ends().get(partition);
            if (start == null || end == null) {
                return Optional.of(partition + " does not exist any more");
            }
            if (position.getValue() > end) {
                return Optional.of("the stored position " + position.getValue() + " of " + partition
                        + " is beyond its end offset " + end);
            }
            if (position.getValue() < start) {
                return Optional.of("the stored position " + position.getValue() + " of " + partition
                        + " is before its start offset " + start + ": the records in between are gone");
            }
        }
        return Optional.empty();
    }
}
