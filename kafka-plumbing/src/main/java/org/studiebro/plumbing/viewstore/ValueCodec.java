package org.studiebro.plumbing.viewstore;

/** How a view's values are kept: as JSON of a type ({@link JsonCodec}), or as the bytes the view encodes itself. */
interface ValueCodec<V> {

    byte[] encode(V value);

    V decode(byte[] bytes);

    static ValueCodec<byte[]> bytes() {
        return new ValueCodec<>() {
            @Override
            public byte[] encode(byte[] value) {
                return value;
            }

            @Override
            public byte[] decode(byte[] bytes) {
                return bytes;
            }
        };
    }
}
