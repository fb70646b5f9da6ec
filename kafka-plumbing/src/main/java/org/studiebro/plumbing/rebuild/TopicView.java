package org.studiebro.plumbing.rebuild;

import java.util.Set;

import org.apache.kafka.clients.consumer.ConsumerRecord;

/**
 * A view that reads topics. The service hands it the replayed dead letters of those topics (read as the records they
 * replay, see {@link org.studiebro.plumbing.replay.ReplayedRecord}), through the code that applies its listener's
 * records, so a replay is applied by the code that would have applied the original.
 * Applying a record twice must leave the view as applying it once. A view that stores the positions it has applied
 * (see {@link org.studiebro.plumbing.viewstore.ViewTable}) moves none of them for a replay.
 */
public interface TopicView {

    /** The topics the view reads. */
    Set<String> topics();

    /**
     * Applies a record of one of its topics; for a replay, the record carries its original topic, partition and
     * offset.
     *
     * @throws RuntimeException when the record cannot be applied, so that it is dead-lettered
     */
    void on(ConsumerRecord<String, Object> record);
}
