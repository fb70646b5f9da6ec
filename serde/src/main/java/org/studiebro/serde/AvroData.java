package org.studiebro.serde;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.avro.Schema;
import org.apache.avro.generic.GenericContainer;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericDatumWriter;
import org.apache.avro.io.BinaryEncoder;
import org.apache.avro.io.DatumWriter;
import org.apache.avro.io.EncoderFactory;
import org.apache.avro.specific.SpecificData;
import org.apache.avro.specific.SpecificDatumWriter;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.errors.SerializationException;

/**
 * Which schema a value has and how it is written, as Confluent's serializer does it: records, enums and fixed
 * carry their schema; the Avro primitives map to their primitive schema. Generated classes are written with
 * their own SpecificData (MODEL$), so their logical-type conversions (decimal, timestamps) apply.
 */
final class AvroData {

    private static final Map<Class<?>, Schema> PRIMITIVES = Map.of(
            Boolean.class, Schema.create(Schema.Type.BOOLEAN),
            Integer.class, Schema.create(Schema.Type.INT),
            Long.class, Schema.create(Schema.Type.LONG),
            Float.class, Schema.create(Schema.Type.FLOAT),
            Double.class, Schema.create(Schema.Type.DOUBLE),
            String.class, Schema.create(Schema.Type.STRING),
            byte[].class, Schema.create(Schema.Type.BYTES));

    private record WriterKey(Class<?> type, Schema schema) {
    }

    private final Map<WriterKey, DatumWriter<Object>> writers = new ConcurrentHashMap<>();

    static Schema schemaOf(Object value) {
        if (value instanceof GenericContainer container) {
            return container.getSchema();
        }
        if (value instanceof CharSequence) {
            return PRIMITIVES.get(String.class);
        }
        if (value instanceof ByteBuffer) {
            return PRIMITIVES.get(byte[].class);
        }
        Schema primitive = PRIMITIVES.get(value.getClass());
        if (primitive == null) {
            throw new SerializationException("Cannot serialize a " + value.getClass().getName()
                    + " as Avro: expected a SpecificRecord or GenericRecord (or an Avro primitive)");
        }
        return primitive;
    }

    /** Writes the value's Avro binary encoding with this writer schema after the header already in {@code out}. */
    void write(Object value, Schema writerSchema, ByteArrayOutputStream out) throws IOException {
        // Confluent writes a bytes value raw, not as an Avro bytes field (no length prefix); so do we.
        if (writerSchema.getType() == Schema.Type.BYTES) {
            if (value instanceof byte[] bytes) {
                out.write(bytes);
                return;
            }
            if (value instanceof ByteBuffer buffer) {
                ByteBuffer copy = buffer.duplicate();
                byte[] bytes = new byte[copy.remaining()];
                copy.get(bytes);
                out.write(bytes);
                return;
            }
        }
        BinaryEncoder encoder = EncoderFactory.get().directBinaryEncoder(out, null);
        writer(value, writerSchema).write(value, encoder);
        encoder.flush();
    }

    @SuppressWarnings("unchecked")
    private DatumWriter<Object> writer(Object value, Schema writerSchema) {
        return writers.computeIfAbsent(new WriterKey(value.getClass(), writerSchema), key -> {
            if (value instanceof SpecificRecord) {
                return new SpecificDatumWriter<>(writerSchema, SpecificData.getForClass(key.type()));
            }
            return new GenericDatumWriter<>(writerSchema, GenericData.get());
        });
    }
}
