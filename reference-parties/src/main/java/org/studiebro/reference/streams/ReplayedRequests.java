package org.studiebro.reference.streams;

import java.util.regex.Pattern;

import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.processor.api.FixedKeyProcessor;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorContext;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorSupplier;
import org.apache.kafka.streams.processor.api.FixedKeyRecord;
import org.studiebro.plumbing.replay.ReplayHeaderNames;
import org.studiebro.plumbing.replay.ReplayedRecord;
import org.studiebro.schemas.Topics;

/**
 * Dead letters an operator replays once their cause is fixed ({@code ./studiebro dead-letters replay}) come back on
 * replays.reference-parties with their original key and value bytes, and a header naming the topic they first
 * arrived on ({@link ReplayedRecord}). Both parties read that topic. Each takes the replays of its own
 * request topics, reads them as records of that topic and merges them into its topology before the check of whom
 * a request is addressed to, so that a replayed request is processed as if it had arrived there. The header is
 * believed on the replay topic only, which the replay command alone writes; on a request topic it would let one
 * party's records speak for another's.
 * <p>
 * The seat owner also takes the replays that are no party's request (no header, or a topic such as the catalog's)
 * and sends them back to the dead letters with the reason, so that each is dead-lettered once, not by both.
 */
public final class ReplayedRequests {

    public static final String TOPIC = Topics.replays("reference-parties");

    private ReplayedRequests() {
    }

    /**
     * The replayed records of the seat owner's request topics, read as records of their original topic, and the
     * replays that are no party's request, which fail. One that still cannot be read fails too; failed replays go
     * back to the dead letters with the replay's headers.
     *
     * @param partyTopics the seat owner's subscription, as {@link PartyTopics#subscription} gives it
     */
    public static <V> KStream<String, V> seatRequests(StreamsBuilder builder, Pattern partyTopics,
            Deserializer<V> values) {
        return stream(builder, "replayed-seat-requests", new OwnReplays<>(partyTopics, values, true));
    }

    /** As {@link #seatRequests}, for the municipality's cost requests; it takes no other replays. */
    public static <V> KStream<String, V> costRequests(StreamsBuilder builder, Pattern partyTopics,
            Deserializer<V> values) {
        return stream(builder, "replayed-cost-requests", new OwnReplays<>(partyTopics, values, false));
    }

    private static <V> KStream<String, V> stream(StreamsBuilder builder, String name, OwnReplays<V> ownReplays) {
        return builder.stream(TOPIC, Consumed.with(Serdes.String(), Serdes.ByteArray()).withName(name))
                .processValues(ownReplays.supplier(), Named.as(name + "-read"));
    }

    /** The topic a record counts as having come on: for a replay, the one it first arrived on. */
    static String sourceTopic(String topic, Headers headers) {
        return ReplayedRecord.arrivedOn(topic, headers).orElseThrow(() -> new MisaddressedRecordException(
                "a replay without its " + ReplayHeaderNames.ORIGINAL_TOPIC + " header"));
    }

    /**
     * Lets through, read, the replays of this party's topics, and fails those that are no party's request when it
     * takes the rest. It leaves the others to the other party, or to the instance that answers for their party.
     */
    private record OwnReplays<V>(Pattern partyTopics, Deserializer<V> values, boolean takesTheRest) {

        FixedKeyProcessorSupplier<String, byte[], V> supplier() {
            return () -> new FixedKeyProcessor<>() {

                private FixedKeyProcessorContext<String, V> context;

                @Override
                public void init(FixedKeyProcessorContext<String, V> context) {
                    this.context = context;
                }

                @Override
                public void process(FixedKeyRecord<String, byte[]> replay) {
                    String original = ReplayedRecord.originalTopic(replay.headers()).orElse(null);
                    if (original != null && partyTopics.matcher(original).matches()) {
                        context.forward(replay.withValue(ReplayedRecord.read(values, original, replay.value())));
                    } else if (takesTheRest && original == null) {
                        throw new MisaddressedRecordException("a replay without its " + ReplayHeaderNames.ORIGINAL_TOPIC + " header");
                    } else if (takesTheRest && !isRequestTopic(original)) {
                        throw new MisaddressedRecordException("a replay of a record of " + original
                                + ": the reference parties replay only the requests of their request topics");
                    }
                }
            };
        }

        private static boolean isRequestTopic(String topic) {
            return Topics.SEAT_REQUESTS.matcher(topic).matches() || Topics.COST_REQUESTS.matcher(topic).matches();
        }
    }
}
