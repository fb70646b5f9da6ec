package org.studiebro.applications.intake;

import java.util.Optional;
import java.util.Set;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.kafka.annotation.PartitionOffset;
import org.springframework.kafka.annotation.TopicPartition;
import org.springframework.stereotype.Component;
import org.studiebro.applications.replay.CatchUpTracker;
import org.studiebro.applications.replay.TopicView;
import org.studiebro.applications.replay.ViewRecords;
import org.studiebro.applications.viewstore.ViewStore;
import org.studiebro.applications.viewstore.ViewTable;
import org.studiebro.events.ApplicationSubmitted;
import org.studiebro.schemas.Topics;

/**
 * Which applications were accepted, with their request fingerprints (the idempotency index) and origins.
 * Kafka is the system of record, so it is rebuilt on every start by reading applications.submitted from the
 * beginning (all partitions, no consumer group), and intake waits until that has caught up. The first record
 * of an id wins, as it does for the routing-service. It is kept in the {@link ViewStore}, off the heap.
 */
@Component
class SubmittedApplications implements ApplicationIndex, TopicView {

    static final String LISTENER_ID = "intake-submitted-applications";

    private final ViewTable<Submission> submissions;
    private final CatchUpTracker tracker;

    SubmittedApplications(CatchUpTracker tracker, ViewStore store) {
        this.tracker = tracker;
        this.submissions = store.table("submitted-applications", Submission.class);
        tracker.expect(LISTENER_ID, Topics.APPLICATIONS_SUBMITTED + ": idempotency keys");
    }

    @KafkaListener(id = LISTENER_ID, idIsGroup = false, topicPartitions = @TopicPartition(
            topic = Topics.APPLICATIONS_SUBMITTED,
            partitions = "#{@partitionFinder.partitions('" + Topics.APPLICATIONS_SUBMITTED + "')}",
            partitionOffsets = @PartitionOffset(partition = "*", initialOffset = "0")))
    @Override
    public void on(ConsumerRecord<String, Object> record) {
        remember(ViewRecords.valueOf(record, ApplicationSubmitted.class));
    }

    @Override
    public Set<String> topics() {
        return Set.of(Topics.APPLICATIONS_SUBMITTED);
    }

    void remember(ApplicationSubmitted submitted) {
        submissions.putIfAbsent(submitted.getApplicationId(), new Submission(submitted.getRequestFingerprint(),
                new Origin(submitted.getSource(), submitted.getMetadata().getCorrelationId())));
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
    }
}
