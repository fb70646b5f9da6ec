package org.studiebro.platform.watch;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.studiebro.schemas.Topics;

/**
 * Kafka keeps order only within a partition, and one application's journey crosses many topics; a consumer hands
 * out each partition's records in batches, in no order across partitions. So records are held per partition and
 * let out oldest first (by record timestamp) once every partition that might still hold an older one has been read
 * to its end. Kafka Streams gives its output the timestamp of its input, so equal timestamps are common: they are
 * let out in the order of the flow (submitted, cost, seat, status, notices).
 *
 * <p>A partition that cannot be read holds nothing back for longer than the maximum hold; a partition with
 * {@link #MAX_QUEUED} records waiting is to be paused, so that catching up on a long history needs little memory.
 */
final class TimeOrderedMerge {

    static final int MAX_QUEUED = 1000;

    private static final List<String> FLOW = List.of(Topics.APPLICATIONS_SUBMITTED,
            Topics.APPLICATIONS_WITHDRAWALS, Topics.COST_REQUESTS_PREFIX, Topics.COST_DECISIONS_PREFIX,
            Topics.SEAT_REQUESTS_PREFIX, Topics.SEAT_DECISIONS_PREFIX, Topics.APPLICATIONS_STATUS,
            Topics.MUNICIPALITY_NOTICES_PREFIX, Topics.NOTIFICATIONS_DISPATCHED, Topics.DEAD_LETTERS_PREFIX);

    private static final Comparator<Held> OLDEST_FIRST = Comparator
            .comparingLong((Held held) -> held.record().timestamp())
            .thenComparingInt(held -> flowRank(held.record().topic()))
            .thenComparingLong(Held::arrival);

    private record Held(ConsumerRecord<String, byte[]> record, long arrival, long heldSinceNanos) {
    }

    private final Map<TopicPartition, ArrayDeque<Held>> queues = new HashMap<>();
    private final long maxHoldNanos;
    private long arrivals;

    TimeOrderedMerge(Duration maxHold) {
        this.maxHoldNanos = maxHold.toNanos();
    }

    void add(ConsumerRecord<String, byte[]> record, long nowNanos) {
        queues.computeIfAbsent(new TopicPartition(record.topic(), record.partition()), unused -> new ArrayDeque<>())
                .add(new Held(record, arrivals++, nowNanos));
    }

    /**
     * The records that can go out now, oldest first.
     *
     * @param assigned partitions being read
     * @param caughtUp whether a partition has been read to its end, so that it holds nothing older for now
     */
    List<ConsumerRecord<String, byte[]>> release(Collection<TopicPartition> assigned,
            Predicate<TopicPartition> caughtUp, long nowNanos) {
        List<ConsumerRecord<String, byte[]>> released = new ArrayList<>();
        boolean waiting = assigned.stream().anyMatch(partition -> isEmpty(partition) && !caughtUp.test(partition));
        while (true) {
            Map.Entry<TopicPartition, ArrayDeque<Held>> oldest = oldest();
            if (oldest == null
                    || waiting && nowNanos - oldest.getValue().peek().heldSinceNanos() < maxHoldNanos) {
                return released;
            }
            released.add(oldest.getValue().poll().record());
            if (oldest.getValue().isEmpty()) {
                queues.remove(oldest.getKey());
                waiting = waiting || !caughtUp.test(oldest.getKey());
            }
        }
    }

    /** Everything still held, oldest first: the watch is stopping. */
    List<ConsumerRecord<String, byte[]>> releaseAll() {
        return release(List.of(), partition -> true, 0);
    }

    /** Partitions no longer read (their topic is gone): what they held is dropped. */
    void forget(Collection<TopicPartition> partitions) {
        partitions.forEach(queues::remove);
    }

    /** Partitions to pause until some of their records are let out. */
    Set<TopicPartition> full() {
        return queues.entrySet().stream().filter(entry -> entry.getValue().size() >= MAX_QUEUED)
                .map(Map.Entry::getKey).collect(Collectors.toSet());
    }

    static int flowRank(String topic) {
        for (int rank = 0; rank < FLOW.size(); rank++) {
            if (topic.startsWith(FLOW.get(rank))) {
                return rank;
            }
        }
        return FLOW.size();
    }

    private boolean isEmpty(TopicPartition partition) {
        ArrayDeque<Held> queue = queues.get(partition);
        return queue == null || queue.isEmpty();
    }

    private Map.Entry<TopicPartition, ArrayDeque<Held>> oldest() {
        Map.Entry<TopicPartition, ArrayDeque<Held>> oldest = null;
        for (Map.Entry<TopicPartition, ArrayDeque<Held>> entry : queues.entrySet()) {
            if (oldest == null || OLDEST_FIRST.compare(entry.getValue().peek(), oldest.getValue().peek()) < 0) {
                oldest = entry;
            }
        }
        return oldest;
    }
}
