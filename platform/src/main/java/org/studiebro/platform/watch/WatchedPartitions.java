package org.studiebro.platform.watch;

import java.io.PrintStream;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.TimeoutException;

/**
 * Every partition of the topics a watch reads, assigned to its consumer without a group: nothing is committed and
 * no other consumer is disturbed. New parties bring new topics (a provider's seat-requests topic), so the topics
 * are listed again every few seconds; a partition that appears is read from its beginning, since everything in it
 * is new.
 */
final class WatchedPartitions {

    static final Duration RECHECK = Duration.ofSeconds(5);

    private static final Duration LISTING_TIMEOUT = Duration.ofSeconds(10);

    private final Consumer<?, ?> consumer;
    private final TopicSelection topics;
    private final PrintStream err;
    private Set<TopicPartition> assigned = Set.of();
    private long nextCheckNanos;

    WatchedPartitions(Consumer<?, ?> consumer, TopicSelection topics, PrintStream err) {
        this.consumer = consumer;
        this.topics = topics;
        this.err = err;
    }

    /** The first assignment, read from the beginning or from now. */
    void start(boolean fromBeginning, long nowNanos) {
        assigned = matching();
        consumer.assign(assigned);
        if (fromBeginning) {
            consumer.seekToBeginning(assigned);
        } else {
            consumer.seekToEnd(assigned);
        }
        // Seeks are resolved lazily; resolving them now makes "from now" mean from this message on.
        assigned.forEach(consumer::position);
        nextCheckNanos = nowNanos + RECHECK.toNanos();
        Set<String> names = topicsOf(assigned);
        err.println(names.isEmpty()
                ? "No topic matches " + topics + " yet; looking again every " + RECHECK.toSeconds() + " s."
                : "Watching " + names.size() + " topics, " + topics
                        + (fromBeginning ? ", from the beginning" : ", from now") + ". Ctrl-C stops.");
    }

    /**
     * Lists the topics again when it is time to: assigns the partitions that appeared, drops those that are gone.
     *
     * @return the partitions dropped
     */
    Set<TopicPartition> recheck(long nowNanos) {
        if (nowNanos - nextCheckNanos < 0) {
            return Set.of();
        }
        nextCheckNanos = nowNanos + RECHECK.toNanos();
        Set<TopicPartition> matching;
        try {
            matching = matching();
        } catch (TimeoutException brokerAway) {
            // The consumer reconnects by itself; the listing is tried again next time.
            return Set.of();
        }
        Set<TopicPartition> added = without(matching, assigned);
        Set<TopicPartition> gone = without(assigned, matching);
        if (added.isEmpty() && gone.isEmpty()) {
            return Set.of();
        }
        Set<String> newTopics = new TreeSet<>(without(topicsOf(added), topicsOf(assigned)));
        assigned = matching;
        consumer.assign(assigned);
        consumer.seekToBeginning(added);
        if (!newTopics.isEmpty()) {
            err.println("Now also watching " + String.join(", ", newTopics) + ", from the beginning.");
        }
        return gone;
    }

    Set<TopicPartition> assigned() {
        return assigned;
    }

    private Set<TopicPartition> matching() {
        Map<String, List<PartitionInfo>> all = consumer.listTopics(LISTING_TIMEOUT);
        return all.entrySet().stream()
                .filter(topic -> topics.matches(topic.getKey()))
                .flatMap(topic -> topic.getValue().stream())
                .map(partition -> new TopicPartition(partition.topic(), partition.partition()))
                .collect(Collectors.toUnmodifiableSet());
    }

    private static Set<String> topicsOf(Set<TopicPartition> partitions) {
        return partitions.stream().map(TopicPartition::topic).collect(Collectors.toCollection(TreeSet::new));
    }

    private static <T> Set<T> without(Set<T> all, Set<T> removed) {
        Set<T> rest = new HashSet<>(all);
        rest.removeAll(removed);
        return rest;
    }
}
