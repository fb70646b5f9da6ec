package org.studiebro.applications.reference;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.kafka.annotation.PartitionOffset;
import org.springframework.kafka.annotation.TopicPartition;
import org.springframework.stereotype.Component;
import org.studiebro.plumbing.rebuild.CatchUpTracker;
import org.studiebro.plumbing.rebuild.TopicView;
import org.studiebro.events.MunicipalityRegistered;
import org.studiebro.plumbing.rebuild.ViewRebuildAutoConfiguration;
import org.studiebro.schemas.Topics;

/**
 * The municipalities Studiebro knows, with their names: intake accepts only these as home municipality, and
 * the status view names the learner's home municipality ("Hemkommunen Uppsala"). The compacted
 * reference.municipalities is read from the beginning on every start, all partitions, without a consumer
 * group. A tombstone removes one. Unlike the views in the {@link org.studiebro.plumbing.viewstore.ViewStore},
 * it is kept on the heap and not stored: compaction keeps the topic at about one record per municipality (a few
 * hundred), however many applications come, so reading it whole costs a start little.
 * <p>
 * The record latest in the topic wins, as compaction keeps it, whenever it is applied: a replayed dead letter is
 * applied only when no later record of its municipality has been (a key stays on its partition, so offsets order
 * its records).
 */
@Component
public class KnownMunicipalities implements TopicView {

    static final String LISTENER_ID = "reference-municipalities";

    private final Map<String, Latest> names = new ConcurrentHashMap<>();
    private final CatchUpTracker tracker;

    public KnownMunicipalities(CatchUpTracker tracker) {
        this.tracker = tracker;
        tracker.expect(LISTENER_ID, Topics.REFERENCE_MUNICIPALITIES + ": known municipalities and their names");
    }

    @KafkaListener(id = LISTENER_ID, idIsGroup = false,
            containerFactory = ViewRebuildAutoConfiguration.CONTAINER_FACTORY,
            topicPartitions = @TopicPartition(
            topic = Topics.REFERENCE_MUNICIPALITIES,
            partitions = "#{@partitionFinder.partitions('" + Topics.REFERENCE_MUNICIPALITIES + "')}",
            partitionOffsets = @PartitionOffset(partition = "*", initialOffset = "0")))
    @Override
    public void on(ConsumerRecord<String, Object> record) {
        switch (record.value()) {
            case null -> apply(record.key(), record.offset(), null);
            case MunicipalityRegistered municipality ->
                    apply(municipality.getMunicipalityId(), record.offset(), municipality.getName());
            default -> throw new IllegalArgumentException("Not a MunicipalityRegistered: " + record.value().getClass());
        }
    }

    @Override
    public Set<String> topics() {
        return Set.of(Topics.REFERENCE_MUNICIPALITIES);
    }

    /** For the tests of the features that read municipalities: as if it were the topic's latest record. */
    public void register(String municipalityId, String name) {
        names.put(municipalityId, new Latest(Long.MAX_VALUE, name));
    }

    /** @param name null: removed */
    private void apply(String municipalityId, long offset, String name) {
        names.compute(municipalityId, (id, current) ->
                current != null && current.offset() >= offset ? current : new Latest(offset, name));
    }

    public boolean isKnown(String municipalityId) {
        return nameOf(municipalityId).isPresent();
    }

    /** "Uppsala" for se-0380. */
    public Optional<String> nameOf(String municipalityId) {
        return municipalityId == null
                ? Optional.empty()
                : Optional.ofNullable(names.get(municipalityId)).map(Latest::name);
    }

    public boolean isReady() {
        return tracker.isCaughtUp(LISTENER_ID);
    }

    /** The name as the record at this offset left it; null when that record removed the municipality. */
    private record Latest(long offset, String name) {
    }
}
