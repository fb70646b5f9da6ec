package org.studiebro.applications.withdrawal;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.kafka.annotation.PartitionOffset;
import org.springframework.kafka.annotation.TopicPartition;
import org.springframework.stereotype.Component;
import org.studiebro.applications.replay.CatchUpTracker;
import org.studiebro.applications.replay.TopicView;
import org.studiebro.applications.replay.ViewRecords;
import org.studiebro.events.ApplicationWithdrawalRequested;
import org.studiebro.schemas.Topics;

/**
 * Which applications the learner has asked to withdraw: the withdrawals' idempotency index. Rebuilt on every
 * start from applications.withdrawals (from the beginning, all partitions, no consumer group); withdrawals wait
 * until it has caught up. The first withdrawal of an application is the one that counts.
 */
@Component
class WithdrawalRequests implements TopicView {

    static final String LISTENER_ID = "withdrawal-requests";

    private final Map<String, Requested> requested = new ConcurrentHashMap<>();
    private final CatchUpTracker tracker;

    WithdrawalRequests(CatchUpTracker tracker) {
        this.tracker = tracker;
        tracker.expect(LISTENER_ID, Topics.APPLICATIONS_WITHDRAWALS + ": withdrawals requested");
    }

    @KafkaListener(id = LISTENER_ID, idIsGroup = false, topicPartitions = @TopicPartition(
            topic = Topics.APPLICATIONS_WITHDRAWALS,
            partitions = "#{@partitionFinder.partitions('" + Topics.APPLICATIONS_WITHDRAWALS + "')}",
            partitionOffsets = @PartitionOffset(partition = "*", initialOffset = "0")))
    @Override
    public void on(ConsumerRecord<String, Object> record) {
        remember(ViewRecords.valueOf(record, ApplicationWithdrawalRequested.class));
    }

    @Override
    public Set<String> topics() {
        return Set.of(Topics.APPLICATIONS_WITHDRAWALS);
    }

    void remember(ApplicationWithdrawalRequested withdrawal) {
        requested.putIfAbsent(withdrawal.getApplicationId(),
                new Requested(withdrawal.getMetadata().getEventId(), withdrawal.getReason()));
    }

    Optional<Requested> of(String applicationId) {
        return Optional.ofNullable(requested.get(applicationId));
    }

    boolean isReady() {
        return tracker.isCaughtUp(LISTENER_ID);
    }

    /** The first withdrawal of an application: its event id stands for the request's Idempotency-Key. */
    record Requested(String eventId, String reason) {
    }
}
