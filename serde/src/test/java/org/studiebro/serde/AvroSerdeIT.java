package org.studiebro.serde;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.ByteBuffer;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.Map;
import java.util.UUID;

import org.apache.avro.Schema;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericRecord;
import org.apache.avro.generic.GenericRecordBuilder;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Serde;
import org.junit.jupiter.api.Test;
import org.studiebro.events.ProviderRegistered;
import org.studiebro.events.SeatRequestEvent;
import org.studiebro.schemas.Events;
import org.studiebro.schemas.Topics;
import org.studiebro.serde.testdata.Greeting;
import org.studiebro.serde.testdata.Mood;

/** The serde against a real Apicurio Registry through its Confluent-compatible API. */
class AvroSerdeIT {

    private static final Schema GREETING_V1 = TestRegistry.schema("greeting-v1.avsc");
    private static final Schema GREETING_V2 = Greeting.getClassSchema();

    private final String url = TestRegistry.url();
    private final SchemaRegistryClient registry = SchemaRegistryClient.create(url);

    @Test
    void specificRecordRoundTrip() {
        String topic = TestRegistry.topic("specific");
        Greeting greeting = greeting("Ada", "Countess");

        try (Serde<Greeting> serde = AvroSerde.specific(Map.of("schema.registry.url", url))) {
            byte[] bytes = serde.serializer().serialize(topic, greeting);

            assertThat(bytes[0]).isZero();
            assertThat(ByteBuffer.wrap(bytes, 1, 4).getInt())
                    .isEqualTo(registry.lookup(topic + "-value", GREETING_V2));
            assertThat(serde.deserializer().deserialize(topic, bytes)).isEqualTo(greeting);
        }
        assertThat(registry.subjects()).contains(topic + "-value");
    }

    @Test
    void genericRecordRoundTrip() {
        String topic = TestRegistry.topic("generic");
        GenericRecord record = greetingV1("Grace");

        try (AvroSerde serde = new AvroSerde()) {
            serde.configure(Map.of("schema.registry.url", url), false);
            Object read = serde.deserializer().deserialize(topic, serde.serializer().serialize(topic, record));

            assertThat(read).isInstanceOf(GenericData.Record.class).isEqualTo(record);
            assertThat(((GenericRecord) read).getSchema()).isEqualTo(GREETING_V1);
        }
    }

    @Test
    void keysGoToTheKeySubject() {
        String topic = TestRegistry.topic("keys");
        try (AvroSerde serde = AvroSerde.generic(Map.of("schema.registry.url", url), true)) {
            serde.serializer().serialize(topic, greetingV1("Key"));
        }
        assertThat(registry.subjects()).contains(topic + "-key").doesNotContain(topic + "-value");
    }

    @Test
    void schemaEvolutionFillsTheReadersNewFieldWithItsDefault() {
        String topic = TestRegistry.topic("evolution");
        AvroSerializer producerOfV1 = serializer(Map.of());
        byte[] writtenWithV1 = producerOfV1.serialize(topic, greetingV1("Linnea"));

        try (Serde<Greeting> consumerOfV2 = AvroSerde.specific(Map.of("schema.registry.url", url))) {
            Greeting read = consumerOfV2.deserializer().deserialize(topic, writtenWithV1);

            assertThat(read.getName()).isEqualTo("Linnea");
            assertThat(read.getLanguage()).as("default of the field added in v2").isEqualTo("sv");
            assertThat(read.getMood()).isEqualTo(Mood.SOLEMN);
            assertThat(read.getSentAt()).isEqualTo(Instant.parse("2026-03-01T08:00:00Z"));
        }
        // BACKWARD: v2 may follow v1 under the same subject.
        assertThat(registry.isCompatible(topic + "-value", GREETING_V2)).isTrue();
        assertThat(registry.register(topic + "-value", GREETING_V2))
                .isNotEqualTo(registry.lookup(topic + "-value", GREETING_V1));
    }

    @Test
    void withoutAutoRegistrationARegisteredSchemaIsUsed() {
        String topic = TestRegistry.topic("preregistered");
        Map<String, Integer> ids = SchemaRegistration.register(url,
                Map.of(SchemaRegistration.valueSubject(topic), GREETING_V2));

        byte[] bytes = serializer(Map.of("auto.register.schemas", false)).serialize(topic, greeting("Ada", null));

        assertThat(ByteBuffer.wrap(bytes, 1, 4).getInt()).isEqualTo(ids.get(topic + "-value"));
    }

    @Test
    void withoutAutoRegistrationAnUnregisteredSchemaFailsClearly() {
        String topic = TestRegistry.topic("unregistered");
        AvroSerializer serializer = serializer(Map.of("auto.register.schemas", "false"));

        assertThatThrownBy(() -> serializer.serialize(topic, greeting("Ada", null)))
                .isInstanceOfSatisfying(SchemaRegistryException.class, e -> {
                    assertThat(e.httpStatus()).isEqualTo(404);
                    assertThat(e.errorCode()).isEqualTo(SchemaRegistryException.SUBJECT_NOT_FOUND);
                })
                .hasMessageStartingWith("Schema org.studiebro.serde.testdata.Greeting is not registered under"
                        + " subject '" + topic + "-value' and auto.register.schemas=false");

        // The subject exists, but holds another version only.
        SchemaRegistration.register(url, Map.of(topic + "-value", GREETING_V1));
        assertThatThrownBy(() -> serializer.serialize(topic, greeting("Ada", null)))
                .isInstanceOfSatisfying(SchemaRegistryException.class,
                        e -> assertThat(e.errorCode()).isEqualTo(SchemaRegistryException.SCHEMA_NOT_FOUND));
        assertThat(registry.subjects()).contains(topic + "-value");
    }

    @Test
    void useLatestVersionWritesWithTheLatestSchemaAndItsId() {
        String topic = TestRegistry.topic("latest");
        String subject = topic + "-value";
        int v1 = SchemaRegistration.register(url, Map.of(subject, GREETING_V1)).get(subject);
        AvroSerializer serializer = serializer(Map.of("auto.register.schemas", false, "use.latest.version", true));

        // The producer has the newer class, the subject only v1: it writes v1, without 'language'.
        byte[] bytes = serializer.serialize(topic, greeting("Ada", null));

        assertThat(ByteBuffer.wrap(bytes, 1, 4).getInt()).isEqualTo(v1);
        AvroDeserializer generic = new AvroDeserializer(registry);
        GenericRecord read = (GenericRecord) generic.deserialize(topic, bytes);
        assertThat(read.getSchema()).isEqualTo(GREETING_V1);
        assertThat(read.get("name")).hasToString("Ada");
        assertThat(registry.latest(subject)).isEqualTo(new RegisteredSchema(subject, 1, v1, GREETING_V1));

        int v2 = SchemaRegistration.register(url, Map.of(subject, GREETING_V2)).get(subject);
        AvroSerializer fresh = serializer(Map.of("auto.register.schemas", false, "use.latest.version", true));
        assertThat(ByteBuffer.wrap(fresh.serialize(topic, greeting("Ada", null)), 1, 4).getInt()).isEqualTo(v2);
        assertThat(registry.latest(subject).version()).isEqualTo(2);
    }

    @Test
    void anUnknownSchemaIdIsASerializationExceptionNamingIdAndRegistry() {
        byte[] bytes = {0, 0x7f, (byte) 0xff, (byte) 0xff, (byte) 0xfe, 2, 65};

        assertThatThrownBy(() -> new AvroDeserializer(registry).deserialize("t", bytes))
                .isInstanceOf(SerializationException.class)
                .isInstanceOfSatisfying(SchemaRegistryException.class,
                        e -> assertThat(e.errorCode()).isEqualTo(SchemaRegistryException.SCHEMA_NOT_FOUND))
                .hasMessage("Unknown schema id 2147483646 at " + url);
    }

    @Test
    void aWriterSchemaTheReaderCannotResolveIsASerializationExceptionWithAvrosReason() {
        String topic = TestRegistry.topic("unresolvable");
        // Same full name as the generated class, but without 'name', which the class requires (no default).
        Schema nameless = new Schema.Parser().parse(GREETING_V1.toString().replace(
                "{\"name\":\"name\",\"type\":\"string\",\"doc\":\"Who is greeted.\"},", ""));
        GenericRecord record = new GenericRecordBuilder(nameless).set("sentAt", 0L)
                .set("mood", new GenericData.EnumSymbol(nameless.getField("mood").schema(), "HAPPY")).build();
        byte[] bytes = serializer(Map.of()).serialize(topic, record);

        try (Serde<Greeting> serde = AvroSerde.specific(Map.of("schema.registry.url", url))) {
            assertThatThrownBy(() -> serde.deserializer().deserialize(topic, bytes))
                    .isInstanceOf(SerializationException.class)
                    .hasMessageStartingWith("Cannot read org.studiebro.serde.testdata.Greeting (schema id ")
                    .hasMessageContaining("missing required field name");
        }
    }

    @Test
    void aTruncatedBodyIsASerializationException() {
        String topic = TestRegistry.topic("truncated");
        byte[] bytes = serializer(Map.of()).serialize(topic, greetingV1("A rather long name to cut short"));

        assertThatThrownBy(() -> new AvroDeserializer(registry).deserialize(topic, Arrays.copyOf(bytes, 12)))
                .isInstanceOf(SerializationException.class)
                .hasMessageStartingWith("Cannot read org.studiebro.serde.testdata.Greeting");
    }

    @Test
    void anUnreachableRegistryIsUnavailableWithinTwoSecondsAndAReachableOneIsUsedNext() {
        String dead = DeadPort.url();
        long started = System.nanoTime();
        assertThatThrownBy(() -> SchemaRegistryClient.create(dead).subjects())
                .isInstanceOf(SchemaRegistryUnavailableException.class)
                .hasMessageContaining(dead);
        assertThat(System.nanoTime() - started).isLessThan(2_000_000_000L);

        String topic = TestRegistry.topic("failover");
        AvroSerializer serializer = new AvroSerializer();
        serializer.configure(Map.of("schema.registry.url", dead + "," + url), false);
        assertThat(serializer.serialize(topic, greetingV1("Ada"))).startsWith(0);
    }

    @Test
    void registrationIsIdempotentAndRefusesIncompatibleSchemasClearly() {
        String subject = TestRegistry.topic("registration") + "-value";
        Map<String, Integer> first = SchemaRegistration.register(url, Map.of(subject, GREETING_V1));
        Map<String, Integer> again = SchemaRegistration.register(url, Map.of(subject, GREETING_V1));
        SchemaRegistration.register(url, Map.of(subject, GREETING_V2));
        Schema incompatible = TestRegistry.schema("greeting-incompatible.avsc");

        assertThat(again).isEqualTo(first);
        assertThat(registry.isCompatible(subject, incompatible)).isFalse();
        assertThatThrownBy(() -> SchemaRegistration.register(url, Map.of(subject, incompatible)))
                .isInstanceOfSatisfying(SchemaRegistryException.class,
                        e -> assertThat(e.errorCode()).isEqualTo(SchemaRegistryException.INCOMPATIBLE_SCHEMA))
                .hasMessageStartingWith("Schema org.studiebro.serde.testdata.Greeting is not compatible with"
                        + " the versions subject '" + subject + "' already has")
                .hasMessageContaining("409");
        assertThat(registry.latest(subject).version()).isEqualTo(2);
        assertThat(registry.isCompatible("no-such-subject-" + subject, incompatible)).isTrue();
    }

    @Test
    void schemaByIdAnswersWhatWasRegistered() {
        String subject = TestRegistry.topic("by-id") + "-value";
        int id = SchemaRegistration.register(url, Map.of(subject, GREETING_V2)).get(subject);

        // A fresh client has nothing cached: the schema comes from the registry.
        assertThat(SchemaRegistryClient.create(url).schemaById(id)).isEqualTo(GREETING_V2);
    }

    @Test
    void withTheContractCheckARecordOfAnotherTypeThanItsTopicsContractCannotBeRead() {
        String topic = Topics.seatRequests("contract-" + UUID.randomUUID().toString().substring(0, 8));
        byte[] greeting = serializer(Map.of()).serialize(topic, greeting("Ada", "Countess"));
        byte[] provider = serializer(Map.of()).serialize(Topics.REFERENCE_PROVIDERS, ProviderRegistered.newBuilder()
                .setMetadata(Events.metadata("contract-check", null, "serde-it", Instant.now()))
                .setProviderId("contract-check").setName("Contract check").setMunicipality("se-1480").build());

        AvroDeserializer checking = new AvroDeserializer();
        checking.configure(Map.of("schema.registry.url", url, "specific.avro.reader", true,
                AvroSerdeConfig.TOPIC_CONTRACT_CHECK, "true"), false);
        assertThatThrownBy(() -> checking.deserialize(topic, greeting))
                .isInstanceOf(SerializationException.class)
                .hasMessage("record type " + Greeting.getClassSchema().getFullName() + " is not the contract of topic '"
                        + topic + "' (" + SeatRequestEvent.getClassSchema().getFullName() + ")");
        assertThat(checking.deserialize(Topics.REFERENCE_PROVIDERS, provider)).isInstanceOf(ProviderRegistered.class);
        // Topics without a contract (dead letters, replays, Kafka Streams' own) are not checked.
        assertThat(checking.deserialize(Topics.replays("serde-it"), greeting)).isEqualTo(greeting("Ada", "Countess"));

        AvroDeserializer unchecked = new AvroDeserializer();
        unchecked.configure(Map.of("schema.registry.url", url, "specific.avro.reader", true), false);
        assertThat(unchecked.deserialize(topic, greeting)).isEqualTo(greeting("Ada", "Countess"));
    }

    private AvroSerializer serializer(Map<String, ?> settings) {
        AvroSerializer serializer = new AvroSerializer();
        Map<String, Object> config = new java.util.HashMap<>(settings);
        config.put("schema.registry.url", url);
        serializer.configure(config, false);
        return serializer;
    }

    private static Greeting greeting(String name, String nickname) {
        return Greeting.newBuilder()
                .setName(name)
                .setSentAt(Instant.parse("2026-03-01T08:00:00.123Z").truncatedTo(ChronoUnit.MILLIS))
                .setMood(Mood.HAPPY)
                .setNickname(nickname)
                .setLanguage("nb")
                .build();
    }

    private static GenericRecord greetingV1(String name) {
        return new GenericRecordBuilder(GREETING_V1)
                .set("name", name)
                .set("sentAt", Instant.parse("2026-03-01T08:00:00Z").toEpochMilli())
                .set("mood", new GenericData.EnumSymbol(GREETING_V1.getField("mood").schema(), "SOLEMN"))
                .build();
    }
}
