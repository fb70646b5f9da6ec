package org.studiebro.serde;

import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.avro.Schema;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericDatumReader;
import org.apache.avro.io.DatumReader;
import org.apache.avro.io.DecoderFactory;
import org.apache.avro.specific.SpecificData;
import org.apache.avro.specific.SpecificDatumReader;
import org.apache.avro.specific.SpecificRecord;
import org.apache.avro.util.Utf8;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Deserializer;
import org.studiebro.schemas.Topics;

/**
 * Reads Confluent's wire format; a drop-in for io.confluent.kafka.serializers.KafkaAvroDeserializer. The writer
 * schema comes from the registry by the id in the header. With {@code specific.avro.reader=false} (default) the
 * result is a GenericRecord in the writer's schema; with {@code true} it is the generated SpecificRecord class
 * named by the writer schema's full name, read with the class's own schema (SCHEMA$), so Avro's schema
 * resolution fills added fields with their defaults.
 *
 * <p>Every failure to read a record is a {@link SerializationException} with the reason (not the wire format,
 * unknown schema id, schema not resolvable, corrupt body), so Spring Kafka's ErrorHandlingDeserializer can route
 * the record to a dead-letter topic. A registry that cannot be reached is a
 * {@link SchemaRegistryUnavailableException} instead: the record is fine, the registry is not. With
 * {@value AvroSerdeConfig#TOPIC_CONTRACT_CHECK}{@code =true}, a record whose writer schema is not its topic's
 * contract is such a failure too: it is readable, but not a record of that topic.
 */
public class AvroDeserializer implements Deserializer<Object> {

    private final Map<Integer, DatumReader<Object>> readers = new ConcurrentHashMap<>();
    /** Each topic's contract by full name, looked up once per topic rather than for every record. */
    private final Map<String, Optional<String>> contracts = new ConcurrentHashMap<>();
    private SchemaRegistryClient registry;
    private boolean specificReader;
    private boolean topicContractCheck;

    /** For Kafka, which instantiates by class name and then calls {@link #configure}. */
    public AvroDeserializer() {
    }

    /** With a client of its own choosing; {@link #configure} is then optional and needs no registry URL. */
    public AvroDeserializer(SchemaRegistryClient registry) {
        this.registry = registry;
    }

    @Override
    public void configure(Map<String, ?> configs, boolean isKey) {
        AvroSerdeConfig.Values values = AvroSerdeConfig.parse(configs);
        this.specificReader = values.specificReader();
        this.topicContractCheck = values.topicContractCheck();
        if (registry == null) {
            registry = SchemaRegistryClient.fromConfig(configs);
        }
    }

    @Override
    public Object deserialize(String topic, byte[] bytes) {
        if (bytes == null) {
            return null;
        }
        int id = WireFormat.schemaId(bytes);
        if (registry == null) {
            throw new IllegalStateException("AvroDeserializer is not configured: call configure() or pass a SchemaRegistryClient");
        }
        Schema writer = writerSchema(id);
        if (topicContractCheck) {
            checkContract(topic, writer);
        }
        // Confluent writes a bytes value raw after the header, not as an Avro bytes field.
        if (writer.getType() == Schema.Type.BYTES) {
            return Arrays.copyOfRange(bytes, WireFormat.HEADER_LENGTH, bytes.length);
        }
        DatumReader<Object> reader = readers.computeIfAbsent(id, unused -> reader(id, writer));
        try {
            Object value = reader.read(null, DecoderFactory.get().binaryDecoder(
                    bytes, WireFormat.HEADER_LENGTH, bytes.length - WireFormat.HEADER_LENGTH, null));
            return value instanceof Utf8 ? value.toString() : value;
        } catch (Exception e) {
            throw new SerializationException("Cannot read " + writer.getFullName() + " (schema id " + id + ") from topic '"
                    + topic + "'" + readerDescription(reader) + ": " + e.getMessage(), e);
        }
    }

    private Schema writerSchema(int id) {
        try {
            return registry.schemaById(id);
        } catch (SchemaRegistryException e) {
            if (e.errorCode() == SchemaRegistryException.SCHEMA_NOT_FOUND || e.httpStatus() == 404) {
                throw new SchemaRegistryException("Unknown schema id " + id + " at " + registry.currentUrl(),
                        e.httpStatus(), e.errorCode(), e);
            }
            throw e;
        }
    }

    private void checkContract(String topic, Schema writer) {
        contracts.computeIfAbsent(topic, name -> Topics.contractOf(name).map(Schema::getFullName))
                .filter(contract -> !contract.equals(writer.getFullName()))
                .ifPresent(contract -> {
                    throw new SerializationException("record type " + writer.getFullName()
                            + " is not the contract of topic '" + topic + "' (" + contract + ")");
                });
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private DatumReader<Object> reader(int id, Schema writer) {
        if (!specificReader || writer.getType() != Schema.Type.RECORD) {
            return new GenericDatumReader<>(writer, writer, GenericData.get());
        }
        Class<?> type = SpecificData.get().getClass(writer);
        ClassLoader context = Thread.currentThread().getContextClassLoader();
        if (type == null && context != null) {
            // Generated classes loaded apart from Avro (a restarting or plugin class loader) are found here.
            type = new SpecificData(context).getClass(writer);
        }
        if (type == null || !SpecificRecord.class.isAssignableFrom(type)) {
            throw new SerializationException("Could not find class " + writer.getFullName()
                    + " specified in writer's schema (id " + id + ") whilst finding reader's schema for a SpecificRecord"
                    + " (specific.avro.reader=true); is the generated class on the classpath?");
        }
        SpecificData model = SpecificData.getForClass(type);
        Schema reader = model.getSchema(type);
        return new SpecificDatumReader(writer, reader, model);
    }

    private static String readerDescription(DatumReader<Object> reader) {
        if (reader instanceof SpecificDatumReader<?> specific) {
            return " as " + specific.getSpecificData().getClass(specific.getExpected()).getName();
        }
        return "";
    }

    @Override
    public void close() {
        // The registry client holds no resources of its own: its HttpClient is shared (see RegistryHttp).
    }
}
