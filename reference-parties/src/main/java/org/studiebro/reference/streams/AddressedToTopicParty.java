package org.studiebro.reference.streams;

import java.util.function.Function;

import org.apache.kafka.streams.processor.api.FixedKeyProcessor;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorContext;
import org.apache.kafka.streams.processor.api.FixedKeyRecord;
import org.apache.kafka.streams.processor.api.RecordMetadata;

/**
 * Lets through only requests addressed to the party whose topic they came on; the first step of a party's
 * topology, where the source topic is still known. A replayed request came on the topic its replay names
 * ({@link ReplayedRequests}). A record without value asks nothing and is dropped.
 */
public final class AddressedToTopicParty<V> implements FixedKeyProcessor<String, V, V> {

    private final Function<V, String> addressee;
    private final String recordKind;
    private FixedKeyProcessorContext<String, V> context;

    public AddressedToTopicParty(Function<V, String> addressee, String recordKind) {
        this.addressee = addressee;
        this.recordKind = recordKind;
    }

    @Override
    public void init(FixedKeyProcessorContext<String, V> context) {
        this.context = context;
    }

    @Override
    public void process(FixedKeyRecord<String, V> record) {
        if (record.value() == null) {
            return;
        }
        String topic = context.recordMetadata().map(RecordMetadata::topic).orElseThrow();
        PartyTopics.requireAddressedTo(addressee.apply(record.value()),
                ReplayedRequests.sourceTopic(topic, record.headers()), recordKind);
        context.forward(record);
    }
}
