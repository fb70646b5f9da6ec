package org.studiebro.plumbing.viewstore;

import tools.jackson.databind.json.JsonMapper;

/**
 * A view's values as JSON. Its own mapper, not the HTTP API's, so that settings made for the API cannot change
 * what the store reads back.
 */
final class JsonCodec<V> implements ValueCodec<V> {

    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    private final Class<V> type;

    JsonCodec(Class<V> type) {
        this.type = type;
    }

    @Override
    public byte[] encode(V value) {
        return MAPPER.writeValueAsBytes(value);
    }

    @Override
    public V decode(byte[] bytes) {
        return MAPPER.readValue(bytes, type);
    }
}
