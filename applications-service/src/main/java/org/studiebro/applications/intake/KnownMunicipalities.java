package org.studiebro.applications.intake;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.kafka.annotation.PartitionOffset;
import org.springframework.kafka.annotation.TopicPartition;
import org.springframework.stereotype.Component;
import org.studiebro.applications.replay.CatchUpTracker;
import org.studiebro.events.MunicipalityRegistered;
import org.studiebro.schemas.Topics;

/**
 * The municipalities a learner may have as home municipality: the compacted reference.municipalities, read
 * from the beginning on every start, all partitions, without a consumer group. A tombstone removes one.
 */
@Component
class KnownMunicipalities {

    static final String LISTENER_ID = "intake-municipalities";

    private final Set<String> municipalityIds = ConcurrentHashMap.newKeySet();
    private final CatchUpTracker tracker;

    KnownMunicipalities(CatchUpTracker tracker) {
        this.tracker = tracker;
        tracker.expect(LISTENER_ID, Topics.REFERENCE_MUNICIPALITIES + ": known home municipalities");
    }

    @KafkaListener(id = LISTENER_ID, idIsGroup = false, topicPartitions = @TopicPartition(
            topic = Topics.REFERENCE_MUNICIPALITIES,
            partitions = "#{@partitionFinder.partitions('" + Topics.REFERENCE_MUNICIPALITIES + "')}",
            partitionOffsets = @PartitionOffset(partition = "*", initialOffset = "0")))
    void on(ConsumerRecord<String, Object> record) {
        switch (record.value()) {
            case null -> municipalityIds.remove(record.key());
            case MunicipalityRegistered municipality -> register(municipality.getMunicipalityId());
            default -> throw new IllegalArgumentException("Not a MunicipalityRegistered: " + record.value().getClass());
        }
    }

    void register(String municipalityId) {
        municipalityIds.add(municipalityId);
    }

    boolean isKnown(String municipalityId) {
        return municipalityIds.contains(municipalityId);
    }

    boolean isReady() {
        return tracker.isCaughtUp(LISTENER_ID);
    }
}
