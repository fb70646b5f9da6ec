package org.studiebro.reference.streams;

import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.StoreBuilder;
import org.apache.kafka.streams.state.Stores;

/**
 * The request events a party has processed, by event id, kept in the task that processes them and written in the
 * same transaction as their decisions. The routing-service derives a request's event id from its cause, so the
 * same request delivered again (a replayed dead letter, replayed twice, or a replay of one processed since) has
 * the same id and is not decided again; a request asked again is a new event and is answered by the rules.
 */
public final class ProcessedRequests {

    private final KeyValueStore<String, Long> processed;

    public ProcessedRequests(ProcessorContext<?, ?> context, String storeName) {
        this.processed = context.getStateStore(storeName);
    }

    /** Event id to the time of the record that brought it (epoch ms), for whoever reads the changelog. */
    public static StoreBuilder<KeyValueStore<String, Long>> store(String name) {
        return Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(name), Serdes.String(), Serdes.Long());
    }

    /** Whether the event is processed for the first time; if so, it is remembered as processed. */
    public boolean firstTime(String eventId, long timestamp) {
        if (processed.get(eventId) != null) {
            return false;
        }
        processed.put(eventId, timestamp);
        return true;
    }
}
