package org.studiebro.applications.intake;

import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.kafka.annotation.PartitionOffset;
import org.springframework.kafka.annotation.TopicPartition;
import org.springframework.kafka.listener.ConsumerSeekAware;
import org.springframework.stereotype.Component;
import org.studiebro.plumbing.rebuild.CatchUpTracker;
import org.studiebro.plumbing.rebuild.TopicView;
import org.studiebro.plumbing.rebuild.ViewRebuildAutoConfiguration;
import org.studiebro.plumbing.rebuild.ViewRecords;
import org.studiebro.plumbing.viewstore.ViewStore;
import org.studiebro.plumbing.viewstore.ViewTable;
import org.studiebro.events.ApplicationSubmitted;
import org.studiebro.schemas.Topics;

/**
 * Which applications were accepted, with their request fingerprints (the idempotency index) and origins, read
 * from applications.submitted (all partitions, no consumer group); intake waits until it has caught up with the
 * end offsets at start. It is kept in the {@link ViewStore}, off the heap, with the offsets it has applied: a
 * restart reads only the records after them, and the index is read from the beginning only when it was lost.
 * <p>
 * A record may be applied more than once: intake's own acceptance is read back by the listener, a replayed dead
 * letter may repeat a record, and the whole topic is read again should the seek to the stored positions fail. That
 * changes nothing, because the first record of an id wins, as it does for the routing-service. Intake's lookup of
 * an id is a point get of one small value.
 */
@Component
class SubmittedApplications implements ApplicationIndex, TopicView, ConsumerSeekAware {

    static final String LISTENER_ID = "intake-submitted-applications";
    private static final Set<String> TOPICS = Set.of(Topics.APPLICATIONS_SUBMITTED);

    private final ViewTable<Submission> submissions;
    private final CatchUpTracker tracker;

    SubmittedApplications(CatchUpTracker tracker, ViewStore store) {
        this.tracker = tracker;
        this.submissions = store.table("submitted-applications", Submission.class, TOPICS);
        tracker.expect(LISTENER_ID, Topics.APPLICATIONS_SUBMITTED + ": idempotency keys");
    }

    @KafkaListener(id = LISTENER_ID, idIsGroup = false,
            containerFactory = ViewRebuildAutoConfiguration.CONTAINER_FACTORY,
            topicPartitions = @TopicPartition(
            topic = Topics.APPLICATIONS_SUBMITTED,
            partitions = "#{@partitionFinder.partitions('" + Topics.APPLICATIONS_SUBMITTED + "')}",
            partitionOffsets = @PartitionOffset(partition = "*", initialOffset = "0")))
    void onRecord(ConsumerRecord<String, Object> record) {
        ApplicationSubmitted submitted = ViewRecords.valueOf(record, ApplicationSubmitted.class);
        submissions.putIfAbsent(submitted.getApplicationId(), Submission.of(submitted), record);
    }

    /** Each partition goes on from its stored position; should this fail, from the offset 0 above. */
    @Override
    public void onPartitionsAssigned(Map<org.apache.kafka.common.TopicPartition, Long> assignments,
            ConsumerSeekCallback callback) {
        submissions.seekToStoredPositions(assignments.keySet(), callback);
    }

    /** A replayed dead letter: applied as its listener applies it, without moving the stored positions. */
    @Override
    public void on(ConsumerRecord<String, Object> replayed) {
        remember(ViewRecords.valueOf(replayed, ApplicationSubmitted.class));
    }

    @Override
    public Set<String> topics() {
        return TOPICS;
    }

    /** Intake accepted it here, before the listener reads it back. */
    void remember(ApplicationSubmitted submitted) {
        submissions.putIfAbsent(submitted.getApplicationId(), Submission.of(submitted));
    }

    Optional<String> fingerprintOf(String applicationId) {
        return submissions.get(applicationId).map(Submission::fingerprint);
    }

    @Override
    public Optional<Origin> originOf(String applicationId) {
        return submissions.get(applicationId).map(Submission::origin);
    }

    @Override
    public boolean isReady() {
        return tracker.isCaughtUp(LISTENER_ID);
    }

    private record Submission(String fingerprint, Origin origin) {

        static Submission of(ApplicationSubmitted submitted) {
            return new Submission(submitted.getRequestFingerprint(),
                    new Origin(submitted.getSource(), submitted.getMetadata().getCorrelationId()));
        }
    }
}
