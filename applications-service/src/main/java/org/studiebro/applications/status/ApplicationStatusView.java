package org.studiebro.applications.status;

import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.jspecify.annotations.Nullable;
import org.springframework.context.event.EventListener;
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
import org.studiebro.events.ApplicationState;
import org.studiebro.events.ApplicationStatusChanged;
import org.studiebro.events.ApplicationSubmitted;
import org.studiebro.schemas.Topics;

/**
 * The learner-facing status of every application, built from applications.status (the routing-service's
 * changes) and applications.submitted (so that an application shows RECEIVED before routing has answered),
 * all partitions, read_committed, without a consumer group. It is kept in the {@link ViewStore}, off the heap,
 * with the offsets it has applied of both topics: a restart reads only the records after them, and the view is
 * read from the beginning only when it was lost.
 * <p>
 * A record may be applied more than once (intake's own acceptance read back, a replayed dead letter, the whole
 * topics again should the seek to the stored positions fail), and that changes nothing, because of the versions:
 * the latest change of an application wins by version, an older version that comes late only takes its place in
 * the history, a version the view has already applied changes nothing, and a submission counts only for an
 * application the view does not know yet.
 * <p>
 * Each write replaces one application's value, whose history holds that application's own changes: a handful,
 * bounded by what happens to one application. The request path only reads it (a point get), except that intake
 * writes the RECEIVED status of an application it has just accepted, which has no history yet.
 */
@Component
class ApplicationStatusView implements ApplicationStates, TopicView, ConsumerSeekAware {

    static final String LISTENER_ID = "status-view";
    private static final Set<String> TOPICS = Set.of(Topics.APPLICATIONS_SUBMITTED, Topics.APPLICATIONS_STATUS);

    private final ViewTable<Tracked> applications;
    private final CatchUpTracker tracker;

    ApplicationStatusView(CatchUpTracker tracker, ViewStore store) {
        this.tracker = tracker;
        this.applications = store.table("application-status", Tracked.class, TOPICS);
        tracker.expect(LISTENER_ID, Topics.APPLICATIONS_SUBMITTED + " and " + Topics.APPLICATIONS_STATUS
                + ": learner-facing status");
    }

    @KafkaListener(id = LISTENER_ID, idIsGroup = false,
            containerFactory = ViewRebuildAutoConfiguration.CONTAINER_FACTORY,
            topicPartitions = {
            @TopicPartition(topic = Topics.APPLICATIONS_SUBMITTED,
                    partitions = "#{@partitionFinder.partitions('" + Topics.APPLICATIONS_SUBMITTED + "')}",
                    partitionOffsets = @PartitionOffset(partition = "*", initialOffset = "0")),
            @TopicPartition(topic = Topics.APPLICATIONS_STATUS,
                    partitions = "#{@partitionFinder.partitions('" + Topics.APPLICATIONS_STATUS + "')}",
                    partitionOffsets = @PartitionOffset(partition = "*", initialOffset = "0"))})
    void onRecord(ConsumerRecord<String, Object> record) {
        apply(record, record);
    }

    /** Each partition goes on from its stored position; should this fail, from the offsets 0 above. */
    @Override
    public void onPartitionsAssigned(Map<org.apache.kafka.common.TopicPartition, Long> assignments,
            ConsumerSeekCallback callback) {
        applications.seekToStoredPositions(assignments.keySet(), callback);
    }

    /** A replayed dead letter: applied as its listener applies it, without moving the stored positions. */
    @Override
    public void on(ConsumerRecord<String, Object> replayed) {
        apply(replayed, null);
    }

    /** @param positioned the record itself when read by the listener, so its position is stored with the change */
    private void apply(ConsumerRecord<String, Object> record, @Nullable ConsumerRecord<?, ?> positioned) {
        // Each topic carries one type: the other's record on it is misdirected and dead-lettered, not applied.
        if (Topics.APPLICATIONS_SUBMITTED.equals(record.topic())) {
            apply(ViewRecords.valueOf(record, ApplicationSubmitted.class), positioned);
        } else {
            apply(ViewRecords.valueOf(record, ApplicationStatusChanged.class), positioned);
        }
    }

    @Override
    public Set<String> topics() {
        return TOPICS;
    }

    /** Intake accepted an application in this instance: show it at once. */
    @EventListener
    void onAcceptedHere(ApplicationSubmitted submitted) {
        apply(submitted, null);
    }

    void apply(ApplicationSubmitted submitted, @Nullable ConsumerRecord<?, ?> positioned) {
        applications.putIfAbsent(submitted.getApplicationId(),
                new Tracked(0, StatusProjection.received(submitted)), positioned);
    }

    void apply(ApplicationStatusChanged changed, @Nullable ConsumerRecord<?, ?> positioned) {
        applications.compute(changed.getApplicationId(), current -> {
            if (current == null || changed.getVersion() > current.version()) {
                return new Tracked(changed.getVersion(),
                        StatusProjection.changed(current == null ? null : current.status(), changed));
            }
            ApplicationStatus withEarlierChange = StatusProjection.withEarlierChange(current.status(), changed);
            // The same instance when the history already has that version: nothing to write.
            return withEarlierChange == current.status() ? current : new Tracked(current.version(), withEarlierChange);
        }, positioned);
    }

    Optional<ApplicationStatus> find(String applicationId) {
        return applications.get(applicationId).map(Tracked::status);
    }

    @Override
    public Optional<ApplicationState> stateOf(String applicationId) {
        return find(applicationId).map(status -> ApplicationState.valueOf(status.status()));
    }

    @Override
    public Optional<String> nationalIdOf(String applicationId) {
        return find(applicationId).map(status -> status.applicant().nationalId());
    }

    @Override
    public boolean isReady() {
        return tracker.isCaughtUp(LISTENER_ID);
    }

    /** Version 0 stands for "submitted, no status change yet". */
    private record Tracked(int version, ApplicationStatus status) {
    }
}
