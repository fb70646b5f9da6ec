package org.studiebro.applications.replay;

import java.util.Set;

import org.apache.kafka.clients.consumer.ConsumerRecord;

/**
 * A view that reads topics. {@link ReplayedRecords} hands it the replayed dead letters of those topics, through the
 * code that applies its listener's records, so a replay is applied by the code that would have applied the original.
 * Applying a record twice must leave the view as applying it once. A view that stores the positions it has applied
 * (see {@link org.studiebro.applications.viewstore.ViewTable}) moves none of them for a replay.
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
