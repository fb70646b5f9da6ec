package org.studiebro.notification.municipality;

import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.kafka.annotation.PartitionOffset;
import org.springframework.kafka.annotation.TopicPartition;
import org.springframework.stereotype.Component;
import org.studiebro.events.MunicipalityRegistered;
import org.studiebro.plumbing.rebuild.CatchUpTracker;
import org.studiebro.plumbing.rebuild.ViewRebuildAutoConfiguration;
import org.studiebro.schemas.Topics;

/**
 * The municipalities Studiebro knows, as the compacted topic reference.municipalities says, kept in memory: rebuilt
 * from the beginning of the topic at every start (all partitions, no consumer group), a few hundred records.
 */
@Component
public class MunicipalityDirectory {

    static final String LISTENER_ID = "municipality-view";

    private final Map<String, MunicipalityRegistered> municipalities = new ConcurrentHashMap<>();

    MunicipalityDirectory(CatchUpTracker tracker) {
        tracker.expect(LISTENER_ID, Topics.REFERENCE_MUNICIPALITIES + ": municipalities' addresses");
    }

    @KafkaListener(id = LISTENER_ID, idIsGroup = false,
            containerFactory = ViewRebuildAutoConfiguration.CONTAINER_FACTORY,
            topicPartitions = @TopicPartition(topic = Topics.REFERENCE_MUNICIPALITIES,
                    partitions = "#{@partitionFinder.partitions('" + Topics.REFERENCE_MUNICIPALITIES + "')}",
                    partitionOffsets = @PartitionOffset(partition = "*", initialOffset = "0")))
    void onRecord(ConsumerRecord<Object, Object> record) {
        apply(record);
    }

    /** The adult education office's address for notices, if the municipality has given one. */
    public Optional<String> email(String municipalityId) {
        return Optional.ofNullable(municipalities.get(municipalityId))
                .map(MunicipalityRegistered::getEmail)
                .filter(email -> !email.isBlank());
    }

    /** Every municipality that has given an address for notices, with the address. */
    public Map<String, String> emails() {
        return municipalities.keySet().stream()
                .flatMap(id -> email(id).map(address -> Map.entry(id, address)).stream())
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    /**
     * A record of reference.municipalities: the latest registration of its key, or a tombstone removing it. Anything
     * else on it throws, so that it is dead-lettered.
     */
    void apply(ConsumerRecord<Object, Object> record) {
        if (record.value() instanceof MunicipalityRegistered municipality) {
            municipalities.put(municipality.getMunicipalityId(), municipality);
        } else if (record.value() == null && record.key() instanceof String municipalityId) {
            municipalities.remove(municipalityId);
        } else {
            throw new IllegalArgumentException("Neither a MunicipalityRegistered nor a tombstone on " + record.topic()
                    + ": " + (record.value() == null ? "no key" : record.value().getClass().getName()));
        }
    }
}
