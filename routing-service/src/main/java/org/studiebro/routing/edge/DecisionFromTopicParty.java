package org.studiebro.routing.edge;

import java.util.function.Function;

import org.apache.kafka.streams.processor.api.FixedKeyProcessor;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorContext;
import org.apache.kafka.streams.processor.api.FixedKeyRecord;
import org.apache.kafka.streams.processor.api.RecordMetadata;
import org.studiebro.schemas.Topics;

/**
 * Lets a decision onto the hot path only when it is the decision of the party whose topic it came on: on the
 * routing.* topics nobody can tell any more which party wrote it, so routing believes the party the record names. Anything else is refused and dead-lettered, with the reason, by the edge's
 * processing exception handler, and the stream goes on.
 */
final class DecisionFromTopicParty<D> {

    private final Class<D> type;
    private final Function<D, String> party;

    DecisionFromTopicParty(Class<D> type, Function<D, String> party) {
        this.type = type;
        this.party = party;
    }

    FixedKeyProcessor<String, Object, Object> processor() {
        return new FixedKeyProcessor<>() {
            private FixedKeyProcessorContext<String, Object> context;

            @Override
            public void init(FixedKeyProcessorContext<String, Object> context) {
                this.context = context;
            }

            @Override
            public void process(FixedKeyRecord<String, Object> record) {
                String topic = context.recordMetadata().map(RecordMetadata::topic)
                        .orElseThrow(() -> new IllegalStateException("a decision without its source topic"));
                check(topic, record.value());
                context.forward(record);
            }
        };
    }

    void check(String topic, Object decision) {
        if (!type.isInstance(decision)) {
            throw new RefusedDecisionException("a " + nameOf(decision) + " on " + topic + ", which carries "
                    + type.getSimpleName() + " records");
        }
        String named = party.apply(type.cast(decision));
        String topicParty = Topics.partyOf(topic);
        if (!topicParty.equals(named)) {
            throw new RefusedDecisionException("a decision on " + topic + " in the name of " + named
                    + ": a party decides only on its own topic");
        }
    }

    private static String nameOf(Object value) {
        return value == null ? "null value" : value.getClass().getSimpleName();
    }
}
