package org.studiebro.reference.municipality;

import java.nio.ByteBuffer;

import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serializer;
import org.studiebro.events.CostRequestEvent;
import org.studiebro.reference.streams.InternalAvroSerde;
import org.studiebro.reference.streams.JsonSerde;

/**
 * The internal topic's format: one tag byte, then a cost request in plain Avro binary (as on the seat owner's
 * repartition topic) or an officer's decision in JSON (as on the command topic).
 */
final class MunicipalityInputSerde implements Serde<MunicipalityInput> {

    private static final byte REQUEST = 'R';
    private static final byte DECISION = 'D';

    private final Serde<CostRequestEvent> requests = new InternalAvroSerde<>(CostRequestEvent.class);
    private final Serde<ManualCostDecision> decisions = new JsonSerde<>(ManualCostDecision.class);

    @Override
    public Serializer<MunicipalityInput> serializer() {
        return (topic, input) -> switch (input) {
            case null -> null;
            case MunicipalityInput.Asked asked -> tagged(REQUEST,
                    requests.serializer().serialize(topic, asked.request()));
            case ManualCostDecision decision -> tagged(DECISION, decisions.serializer().serialize(topic, decision));
        };
    }

    @Override
    public Deserializer<MunicipalityInput> deserializer() {
        return (topic, bytes) -> {
            if (bytes == null) {
                return null;
            }
            if (bytes.length < 2) {
                throw new SerializationException("not a tagged municipality input: " + bytes.length + " bytes");
            }
            byte[] body = new byte[bytes.length - 1];
            System.arraycopy(bytes, 1, body, 0, body.length);
            return switch (bytes[0]) {
                case REQUEST -> new MunicipalityInput.Asked(requests.deserializer().deserialize(topic, body));
                case DECISION -> decisions.deserializer().deserialize(topic, body);
                default -> throw new SerializationException("unknown municipality input tag " + bytes[0]);
            };
        };
    }

    private static byte[] tagged(byte tag, byte[] body) {
        return ByteBuffer.allocate(body.length + 1).put(tag).put(body).array();
    }
}
