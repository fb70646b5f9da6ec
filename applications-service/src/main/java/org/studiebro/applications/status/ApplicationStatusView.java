package org.studiebro.applications.status;

import java.util.Optional;
import java.util.Set;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.context.event.EventListener;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.kafka.annotation.PartitionOffset;
import org.springframework.kafka.annotation.TopicPartition;
import org.springframework.stereotype.Component;
import org.studiebro.applications.replay.CatchUpTracker;
import org.studiebro.applications.replay.TopicView;
import org.studiebro.applications.replay.ViewRecords;
import org.studiebro.applications.viewstore.ViewStore;
import org.studiebro.applications.viewstore.ViewTable;
import org.studiebro.events.ApplicationState;
import org.studiebro.events.ApplicationStatusChanged;
import org.studiebro.events.ApplicationSubmitted;
import org.studiebro.schemas.Topics;

/**
 * The learner-facing status of every application, built from applications.status (the routing-service's
 * changes) and applications.submitted (so that an application shows RECEIVED before routing has answered),
 * both read from the beginning, all partitions, read_committed, without a consumer group. The latest change
 * of an application wins by version. An older version that comes late (a replayed dead letter) only takes its
 * place in the history, and a version the view has already applied changes nothing. It is kept in the
 * {@link ViewStore}, off the heap.
 */
@Component
class ApplicationStatusView implements ApplicationStates, TopicView {

    static final String LISTENER_ID = "status-view";

    private final ViewTable<Tracked> applications;
    private final CatchUpTracker tracker;

    ApplicationStatusView(CatchUpTracker tracker, ViewStore store) {
        this.tracker = tracker;
        this.applications = store.table("application-status", Tracked.class);
        tracker.expect(LISTENER_ID, Topics.APPLICATIONS_SUBMITTED + " and " + Topics.APPLICATIONS_STATUS
                + ": learner-facing status");
    }

    @KafkaListener(id = LISTENER_ID, idIsGroup = false, topicPartitions = {
            @TopicPartition(topic = Topics.APPLICATIONS_SUBMITTED,
                    partitions = "#{@partitionFinder.partitions('" + Topics.APPLICATIONS_SUBMITTED + "')}",
                    partitionOffsets = @PartitionOffset(partition = "*", initialOffset = "0")),
            @TopicPartition(topic = Topics.APPLICATIONS_STATUS,
                    partitions = "#{@partitionFinder.partitions('" + Topics.APPLICATIONS_STATUS + "')}",
                    partitionOffsets = @PartitionOffset(partition = "*", initialOffset = "0"))})
    @Override
    public void on(ConsumerRecord<String, Object> record) {
        // Each topic carries one type: the other's record on it is misdirected and dead-lettered, not applied.
        if (Topics.APPLICATIONS_SUBMITTED.equals(record.topic())) {
            apply(ViewRecords.valueOf(record, ApplicationSubmitted.class));
        } else {
            apply(ViewRecords.valueOf(record, ApplicationStatusChanged.class));
        }
    }

    @Override
    public Set<String> topics() {
        return Set.of(Topics.APPLICATIONS_SUBMITTED, Topics.APPLICATIONS_STATUS);
    }

    /** Intake accepted an application in this instance: show it at once. */
    @EventListener
    void onAcceptedHere(ApplicationSubmitted submitted) {
        apply(submitted);
    }

    void apply(ApplicationSubmitted submitted) {
        applications.putIfAbsent(submitted.getApplicationId(),
                new Tracked(0, StatusProjection.received(submitted)));
    }

    void apply(ApplicationStatusChanged changed) {
        applications.compute(changed.getApplicationId(), current -> {
            if (current == null || changed.getVersion() > current.version()) {
                return new Tracked(changed.getVersion(),
                        StatusProjection.changed(current == null ? null : current.status(), changed));
            }
            ApplicationStatus withEarlierChange = StatusProjection.withEarlierChange(current.status(), changed);
            // The same instance when the history already has that version: nothing to write.
            return withEarlierChange == current.status() ? current : new Tracked(current.version(), withEarlierChange);
        });
    }

    Optional<ApplicationStatus> find(String applicationId) {
        return applications.get(applicationId).map(Tracked::status);
    }

    @Override
    public Optional<ApplicationState> stateOf(String applicationId) {
        return find(applicationId).map(status -> ApplicationState.valueOf(status.status()));
    }

    @Override
    public boolean isReady() {
        return tracker.isCaughtUp(LISTENER_ID);
    }

    /** Version 0 stands for "submitted, no status change yet". */
    private record Tracked(int version, ApplicationStatus status) {
    }
}
