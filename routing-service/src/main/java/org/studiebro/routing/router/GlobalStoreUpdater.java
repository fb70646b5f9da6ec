package org.studiebro.routing.router;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.function.Function;

import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.record.TimestampType;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.processor.api.RecordMetadata;
import org.apache.kafka.streams.state.KeyValueStore;
import org.studiebro.plumbing.deadletter.DeadLetterPublisher;

/**
 * Keeps a global store equal to its compacted topic: the latest usable record per key, a tombstone deletes. It
 * reads the raw bytes itself, so that a record it cannot use (not Avro, an unknown schema id, another topic's
 * record type, a key that is not the entity's id) goes to the dead-letter topic through the {@link DeadLetterPublisher}
 * (once, although the global stores read their topics from the start at every start);
 * the store then keeps what it held for that key. A registry that cannot be reached fails the global thread, as
 * it says nothing about the record.
 */
final class GlobalStoreUpdater implements Processor<byte[], byte[], Void, Void> {

    private final String storeName;
    private final Content<?> content;
    private final Deserializer<Object> values;
    private final DeadLetterPublisher deadLetters;
    private ProcessorContext<Void, Void> context;
    private KeyValueStore<String, Object> store;

    GlobalStoreUpdater(String storeName, Content<?> content, Deserializer<Object> values,
            DeadLetterPublisher deadLetters) {
        this.storeName = storeName;
        this.content = content;
        this.values = values;
        this.deadLetters = deadLetters;
    }

    @Override
    public void init(ProcessorContext<Void, Void> context) {
        this.context = context;
        store = context.getStateStore(storeName);
    }

    @Override
    public void process(Record<byte[], byte[]> record) {
        if (record.key() == null) {
            return;
        }
        String key = new String(record.key(), StandardCharsets.UTF_8);
        if (record.value() == null) {
            store.delete(key);
            return;
        }
        RecordMetadata metadata = context.recordMetadata().orElseThrow();
        try {
            store.put(key, content.check(key, values.deserialize(metadata.topic(), record.value())));
        } catch (SerializationException | UnprocessableRecordException unusable) {
            deadLetters.accept(new ConsumerRecord<>(metadata.topic(), metadata.partition(), metadata.offset(),
                    record.timestamp(), TimestampType.CREATE_TIME, record.key().length, record.value().length, key,
                    record.value(), record.headers(), Optional.empty(), Optional.empty()), unusable);
        }
    }

    /** The one record type a global topic carries, keyed by the id of the entity it describes. */
    record Content<T extends SpecificRecord>(Class<T> type, Function<T, String> id) {

        Object check(String key, Object value) {
            if (!type.isInstance(value)) {
                throw new UnprocessableRecordException("expected a " + type.getSimpleName() + ", not "
                        + (value == null ? "null" : value.getClass().getName()));
            }
            String entityId = id.apply(type.cast(value));
            if (!key.equals(entityId)) {
                throw new UnprocessableRecordException("the key " + key + " is not the " + type.getSimpleName()
                        + "'s id " + entityId);
            }
            return value;
        }
    }
}
