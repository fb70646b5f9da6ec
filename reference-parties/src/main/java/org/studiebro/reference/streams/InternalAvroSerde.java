package org.studiebro.reference.streams;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

import org.apache.avro.Schema;
import org.apache.avro.io.BinaryEncoder;
import org.apache.avro.io.DecoderFactory;
import org.apache.avro.io.EncoderFactory;
import org.apache.avro.specific.SpecificData;
import org.apache.avro.specific.SpecificDatumReader;
import org.apache.avro.specific.SpecificDatumWriter;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serializer;

/**
 * Plain Avro binary, without the registry, for the application's internal topics (repartition). Services do not
 * register subjects, and an internal topic is written and read by the same application, so the generated class's
 * schema is both writer and reader schema.
 */
public final class InternalAvroSerde<T extends SpecificRecord> implements Serde<T> {

    private final Schema schema;
    private final SpecificData data;

    public InternalAvroSerde(Class<T> type) {
        this.data = SpecificData.getForClass(type);
        this.schema = data.getSchema(type);
    }

    @Override
    public Serializer<T> serializer() {
        return (topic, record) -> record == null ? null : write(record);
    }

    @Override
    public Deserializer<T> deserializer() {
        return (topic, bytes) -> bytes == null ? null : read(bytes);
    }

    private byte[] write(T record) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        BinaryEncoder encoder = EncoderFactory.get().binaryEncoder(out, null);
        try {
            new SpecificDatumWriter<T>(schema, data).write(record, encoder);
            encoder.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private T read(byte[] bytes) {
        try {
            return new SpecificDatumReader<T>(schema, schema, data)
                    .read(null, DecoderFactory.get().binaryDecoder(bytes, null));
        } catch (IOException | RuntimeException e) {
            throw new SerializationException("not a " + schema.getFullName() + " in internal Avro binary", e);
        }
    }
}
