package org.studiebro.serde;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.avro.Schema;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericRecord;
import org.apache.avro.generic.GenericRecordBuilder;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.studiebro.serde.testdata.Greeting;
import org.studiebro.serde.testdata.Mood;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Our serde and Confluent's own (7.9.5) against the same real registry: each reads what the other wrote, and for
 * the same record and schema id both write the same bytes. This is what lets a deployment swap the classes by
 * configuration alone.
 */
class ConfluentCompatibilityIT {

    private static final Schema PROBE = TestRegistry.schema("compat-probe.avsc");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static ConfluentSerde confluent;

    private final String url = TestRegistry.url();

    @BeforeAll
    static void loadConfluent() {
        confluent = new ConfluentSerde();
    }

    @AfterAll
    static void unloadConfluent() {
        confluent.close();
    }

    @Test
    void confluentReadsWhatWeWrite() {
        String topic = TestRegistry.topic("ours-to-confluent");
        GenericRecord record = probe();

        byte[] ours = ourSerializer(Map.of()).serialize(topic, record);
        Object read = confluent.deserialize(confluent.deserializer(Map.of("schema.registry.url", url), false), topic, ours);

        assertThat(read.getClass().getName()).isEqualTo("org.apache.avro.generic.GenericData$Record");
        assertThat(json(read)).isEqualTo(json(record));
    }

    @Test
    void weReadWhatConfluentWrites() {
        String topic = TestRegistry.topic("confluent-to-ours");
        GenericRecord record = probe();

        Object confluentSerializer = confluent.serializer(Map.of("schema.registry.url", url), false);
        byte[] theirs = confluent.serialize(confluentSerializer, topic, confluent.genericRecord(record));
        AvroDeserializer ours = new AvroDeserializer();
        ours.configure(Map.of("schema.registry.url", url), false);

        Object read = ours.deserialize(topic, theirs);
        assertThat(read).isEqualTo(record);
        assertThat(json(read)).isEqualTo(json(record));
    }

    @Test
    void bothWriteTheSameBytesForTheSameRecordAndSchemaId() {
        String topic = TestRegistry.topic("identical");
        GenericRecord record = probe();

        byte[] theirs = confluent.serialize(confluent.serializer(Map.of("schema.registry.url", url), false), topic,
                confluent.genericRecord(record));
        byte[] ours = ourSerializer(Map.of()).serialize(topic, record);

        assertThat(ours).isEqualTo(theirs);
        assertThat(SchemaRegistryClient.create(url).latest(topic + "-value").version())
                .as("both registered the same schema: one version").isEqualTo(1);
    }

    @Test
    void sameBytesWithoutAutoRegistrationUsingTheLatestVersion() {
        String topic = TestRegistry.topic("latest");
        SchemaRegistration.register(url, Map.of(topic + "-value", PROBE));
        Map<String, Object> latest = Map.of("auto.register.schemas", false, "use.latest.version", true);
        GenericRecord record = probe();

        Map<String, Object> confluentConfig = new LinkedHashMap<>(latest);
        confluentConfig.put("schema.registry.url", url);
        byte[] theirs = confluent.serialize(confluent.serializer(confluentConfig, false), topic,
                confluent.genericRecord(record));

        assertThat(ourSerializer(latest).serialize(topic, record)).isEqualTo(theirs);
    }

    @Test
    void confluentReadsOurGeneratedClassesAsWeReadThemGenerically() {
        String topic = TestRegistry.topic("specific");
        Greeting greeting = Greeting.newBuilder().setName("Åsa").setSentAt(Instant.parse("2026-03-01T08:00:00Z"))
                .setMood(Mood.HAPPY).setNickname("å").setLanguage("sv").build();

        byte[] ours = ourSerializer(Map.of()).serialize(topic, greeting);
        Object theirs = confluent.deserialize(confluent.deserializer(Map.of("schema.registry.url", url), false),
                topic, ours);
        AvroDeserializer generic = new AvroDeserializer(SchemaRegistryClient.create(url));

        assertThat(json(theirs)).isEqualTo(json(generic.deserialize(topic, ours)));
        assertThat(theirs.toString()).contains("\"name\": \"Åsa\"", "\"sentAt\": 1772352000000", "\"mood\": \"HAPPY\"");
    }

    /** GenericData's JSON rendering as a tree: field values compared, map entries in any order. */
    private static JsonNode json(Object record) {
        try {
            return JSON.readTree(record.toString());
        } catch (JsonProcessingException e) {
            throw new AssertionError("Not JSON: " + record, e);
        }
    }

    private AvroSerializer ourSerializer(Map<String, ?> settings) {
        Map<String, Object> config = new LinkedHashMap<>(settings);
        config.put("schema.registry.url", url);
        AvroSerializer serializer = new AvroSerializer();
        serializer.configure(config, false);
        return serializer;
    }

    private static GenericRecord probe() {
        Map<String, Long> scores = new LinkedHashMap<>();
        scores.put("reading", 12L);
        scores.put("writing", -3L);
        return new GenericRecordBuilder(PROBE)
                .set("id", "application-4711 ÅÄÖ ø")
                .set("count", -42)
                .set("at", Instant.parse("2026-08-15T10:15:30.123Z").toEpochMilli())
                .set("ratio", 0.75)
                .set("flag", true)
                .set("note", "valfri")
                .set("tags", List.of("vux", "sfi", "yrkesvux"))
                .set("scores", scores)
                .set("kind", new GenericData.EnumSymbol(PROBE.getField("kind").schema(), "C"))
                .set("payload", ByteBuffer.wrap("bytes\u0000\u00ff".getBytes(StandardCharsets.ISO_8859_1)))
                .set("place", new GenericRecordBuilder(PROBE.getField("place").schema())
                        .set("municipality", "1480").build())
                .build();
    }
}
