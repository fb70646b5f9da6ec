package org.studiebro.routing.router;

import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serializer;
import org.studiebro.routing.rules.ApplicationRouting;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The routing state as JSON in the state store and its changelog topic. JSON rather than Avro because the state
 * is internal to this service and never registered: fields added later read as null from older state, and fields
 * dropped later are skipped.
 */
final class RoutingStateSerde implements Serde<ApplicationRouting> {

    private final JsonMapper json = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    @Override
    public Serializer<ApplicationRouting> serializer() {
        return (topic, state) -> {
            if (state == null) {
                return null;
            }
            try {
                return json.writeValueAsBytes(state);
            } catch (JacksonException e) {
                throw new SerializationException("cannot write the routing state of " + state.applicationId(), e);
            }
        };
    }

    @Override
    public Deserializer<ApplicationRouting> deserializer() {
        return (topic, bytes) -> {
            if (bytes == null) {
                return null;
            }
            try {
                return json.readValue(bytes, ApplicationRouting.class);
            } catch (JacksonException e) {
                throw new SerializationException("cannot read a routing state from " + topic, e);
            }
        };
    }
}
