package org.studiebro.applications.withdrawal;

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
import org.studiebro.events.ApplicationWithdrawalRequested;
import org.studiebro.schemas.Topics;

/**
 * Which applications the learner has asked to withdraw: the withdrawals' idempotency index, read from
 * applications.withdrawals (all partitions, no consumer group); withdrawals wait until it has caught up with the
 * end offsets at start. It grows with every withdrawal ever requested, so it is kept in the {@link ViewStore}, off
 * the heap, with the offsets it has applied: a restart reads only the records after them, and the index is read
 * from the beginning only when it was lost.
 * <p>
 * A record may be applied more than once (a withdrawal accepted here is read back by the listener, a replayed dead
 * letter may repeat one, the whole topic is read again should the seek to the stored positions fail), and that
 * changes nothing, because the first withdrawal of an application is the one that counts.
 */
@Component
class WithdrawalRequests implements TopicView, ConsumerSeekAware {

    static final String LISTENER_ID = "withdrawal-requests";
    private static final Set<String> TOPICS = Set.of(Topics.APPLICATIONS_WITHDRAWALS);

    private final ViewTable<Requested> requested;
    private final CatchUpTracker tracker;

    WithdrawalRequests(CatchUpTracker tracker, ViewStore store) {
        this.tracker = tracker;
        this.requested = store.table("withdrawal-requests", Requested.class, TOPICS);
        tracker.expect(LISTENER_ID, Topics.APPLICATIONS_WITHDRAWALS + ": withdrawals requested");
    }

    @KafkaListener(id = LISTENER_ID, idIsGroup = false,
            containerFactory = ViewRebuildAutoConfiguration.CONTAINER_FACTORY,
            topicPartitions = @TopicPartition(
            topic = Topics.APPLICATIONS_WITHDRAWALS,
            partitions = "#{@partitionFinder.partitions('" + Topics.APPLICATIONS_WITHDRAWALS + "')}",
            partitionOffsets = @PartitionOffset(partition = "*", initialOffset = "0")))
    void onRecord(ConsumerRecord<String, Object> record) {
        ApplicationWithdrawalRequested withdrawal = ViewRecords.valueOf(record, ApplicationWithdrawalRequested.class);
        requested.putIfAbsent(withdrawal.getApplicationId(), Requested.of(withdrawal), record);
    }

    /** Each partition goes on from its stored position; should this fail, from the offset 0 above. */
    @Override
    public void onPartitionsAssigned(Map<org.apache.kafka.common.TopicPartition, Long> assignments,
            ConsumerSeekCallback callback) {
        requested.seekToStoredPositions(assignments.keySet(), callback);
    }

    /** A replayed dead letter: applied as its listener applies it, without moving the stored positions. */
    @Override
    public void on(ConsumerRecord<String, Object> replayed) {
        remember(ViewRecords.valueOf(replayed, ApplicationWithdrawalRequested.class));
    }

    @Override
    public Set<String> topics() {
        return TOPICS;
    }

    /** A withdrawal accepted here, before the listener reads it back. */
    void remember(ApplicationWithdrawalRequested withdrawal) {
        requested.putIfAbsent(withdrawal.getApplicationId(), Requested.of(withdrawal));
    }

    Optional<Requested> of(String applicationId) {
        return requested.get(applicationId);
    }

    boolean isReady() {
        return tracker.isCaughtUp(LISTENER_ID);
    }

    /** The first withdrawal of an application: its event id stands for the request's Idempotency-Key. */
    record Requested(String eventId, String reason) {

        static Requested of(ApplicationWithdrawalRequested withdrawal) {
            return new Requested(withdrawal.getMetadata().getEventId(), withdrawal.getReason());
        }
    }
}
