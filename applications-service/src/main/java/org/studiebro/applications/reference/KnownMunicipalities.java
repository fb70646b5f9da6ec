package org.studiebro.applications.reference;

import java.util.Map;
import java.util.Optional;
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
 * The municipalities Studiebro knows, with their names: intake accepts only these as home municipality, and
 * the status view names the learner's home municipality ("Hemkommunen Uppsala"). The compacted
 * reference.municipalities is read from the beginning on every start, all partitions, without a consumer
 * group. A tombstone removes one.
 */
@Component
public class KnownMunicipalities {

    static final String LISTENER_ID = "reference-municipalities";

    private final Map<String, String> names = new ConcurrentHashMap<>();
    private final CatchUpTracker tracker;

    public KnownMunicipalities(CatchUpTracker tracker) {
        this.tracker = tracker;
        tracker.expect(LISTENER_ID, Topics.REFERENCE_MUNICIPALITIES + ": known municipalities and their names");
    }

    @KafkaListener(id = LISTENER_ID, idIsGroup = false, topicPartitions = @TopicPartition(
            topic = Topics.REFERENCE_MUNICIPALITIES,
            partitions = "#{@partitionFinder.partitions('" + Topics.REFERENCE_MUNICIPALITIES + "')}",
            partitionOffsets = @PartitionOffset(partition = "*", initialOffset = "0")))
    void on(ConsumerRecord<String, Object> record) {
        switch (record.value()) {
            case null -> names.remove(record.key());
            case MunicipalityRegistered municipality -> register(municipality.getMunicipalityId(), municipality.getName());
            default -> throw new IllegalArgumentException("Not a MunicipalityRegistered: " + record.value().getClass());
        }
    }

    /** Public for the tests of the features that read municipalities; the listener is the only other caller. */
    public void register(String municipalityId, String name) {
        names.put(municipalityId, name);
    }

    public boolean isKnown(String municipalityId) {
        return municipalityId != null && names.containsKey(municipalityId);
    }

    /** "Uppsala" for se-0380. */
    public Optional<String> nameOf(String municipalityId) {
        return municipalityId == null ? Optional.empty() : Optional.ofNullable(names.get(municipalityId));
    }

    public boolean isReady() {
        return tracker.isCaughtUp(LISTENER_ID);
    }
}
