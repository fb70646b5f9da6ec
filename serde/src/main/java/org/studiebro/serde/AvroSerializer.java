package org.studiebro.serde;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.avro.Schema;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Serializer;

/**
 * Serializes SpecificRecords and GenericRecords (and Avro primitives) in Confluent's wire format; a drop-in for
 * io.confluent.kafka.serializers.KafkaAvroSerializer with the same keys ({@link AvroSerdeConfig}):
 * <ul>
 * <li>{@code auto.register.schemas=true} (default): registers the record's schema under {@code <topic>-value}
 * (or {@code -key}) and writes with it;</li>
 * <li>{@code auto.register.schemas=false}: looks the record's exact schema up under the subject and fails with a
 * {@link SchemaRegistryException} when it is not registered;</li>
 * <li>{@code auto.register.schemas=false, use.latest.version=true}: writes with the subject's latest schema and
 * its id, whatever the record's own schema is (fields are taken by position, as Confluent does).</li>
 * </ul>
 * A registry that cannot be reached gives a {@link SchemaRegistryUnavailableException}. Configured with
 * {@link AvroSerdeConfig#WRITER}, it refuses a topic whose writer is another service ({@link NotTheWriterException}).
 */
public class AvroSerializer implements Serializer<Object> {

    private record Latest(RegisteredSchema schema, long fetchedNanos) {
    }

    private final AvroData data = new AvroData();
    private final Map<String, Latest> latestBySubject = new ConcurrentHashMap<>();
    private final Set<String> checkedTopics = ConcurrentHashMap.newKeySet();
    private SchemaRegistryClient registry;
    private AvroSerdeConfig.Values config;
    private boolean isKey;

    /** For Kafka, which instantiates by class name and then calls {@link #configure}. */
    public AvroSerializer() {
    }

    /** With a client of its own choosing; {@link #configure} is then optional and needs no registry URL. */
    public AvroSerializer(SchemaRegistryClient registry) {
        this.registry = registry;
        this.config = AvroSerdeConfig.parse(Map.of());
    }

    @Override
    public void configure(Map<String, ?> configs, boolean isKey) {
        this.config = AvroSerdeConfig.parse(configs);
        this.isKey = isKey;
        if (registry == null) {
            registry = SchemaRegistryClient.fromConfig(configs);
        }
    }

    @Override
    public byte[] serialize(String topic, Object value) {
        if (value == null) {
            return null;
        }
        if (registry == null) {
            throw new IllegalStateException("AvroSerializer is not configured: call configure() or pass a SchemaRegistryClient");
        }
        if (config.writer() != null && !checkedTopics.contains(topic)) {
            SingleWriter.check(config.writer(), topic);
            checkedTopics.add(topic);
        }
        Schema schema = AvroData.schemaOf(value);
        String subject = TopicNameStrategy.subject(topic, isKey);
        int id;
        Schema writerSchema = schema;
        if (config.autoRegister()) {
            id = registry.register(subject, schema);
        } else if (config.useLatestVersion()) {
            RegisteredSchema latest = latest(subject);
            id = latest.id();
            writerSchema = latest.schema();
        } else {
            try {
                id = registry.lookup(subject, schema);
            } catch (SchemaRegistryException e) {
                if (e.httpStatus() != 404) {
                    throw e;
                }
                throw e.withContext("Schema " + schema.getFullName() + " is not registered under subject '" + subject
                        + "' and auto.register.schemas=false: register it first (SchemaRegistration)");
            }
        }
        ByteArrayOutputStream out = WireFormat.start(id);
        try {
            data.write(value, writerSchema, out);
        } catch (IOException | RuntimeException e) {
            throw new SerializationException("Cannot write " + schema.getFullName() + " for topic '" + topic
                    + "' with schema id " + id + " (" + writerSchema.getFullName() + "): " + e.getMessage(), e);
        }
        return out.toByteArray();
    }

    private RegisteredSchema latest(String subject) {
        Latest cached = latestBySubject.get(subject);
        Duration ttl = config.latestTtl();
        if (cached != null && (ttl == null || System.nanoTime() - cached.fetchedNanos() < ttl.toNanos())) {
            return cached.schema();
        }
        RegisteredSchema fresh = registry.latest(subject);
        latestBySubject.put(subject, new Latest(fresh, System.nanoTime()));
        return fresh;
    }

    @Override
    public void close() {
        // The registry client holds no resources of its own: its HttpClient is shared (see RegistryHttp).
    }
}
