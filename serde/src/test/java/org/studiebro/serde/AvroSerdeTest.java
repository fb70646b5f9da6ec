package org.studiebro.serde;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;

import org.apache.kafka.common.errors.SerializationException;
import org.junit.jupiter.api.Test;
import org.studiebro.serde.testdata.Greeting;
import org.studiebro.serde.testdata.Mood;

/** What the serializer and deserializer decide before, or without, asking a registry. */
class AvroSerdeTest {

    private final Map<String, String> deadRegistry = Map.of("schema.registry.url", DeadPort.url());

    @Test
    void nullStaysNullForTombstones() {
        try (AvroSerde serde = new AvroSerde()) {
            serde.configure(deadRegistry, false);

            assertThat(serde.serializer().serialize("t", null)).isNull();
            assertThat(serde.deserializer().deserialize("t", null)).isNull();
        }
    }

    @Test
    void deserializerRefusesBytesNotInTheWireFormatWithoutAskingTheRegistry() {
        AvroDeserializer deserializer = new AvroDeserializer();
        deserializer.configure(deadRegistry, false);

        assertThatThrownBy(() -> deserializer.deserialize("applications.submitted",
                "{\"applicationId\":\"a-1\"}".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(SerializationException.class)
                .isNotInstanceOf(SchemaRegistryUnavailableException.class)
                .hasMessageStartingWith("Not Confluent wire format: first byte 0x7b");
        assertThatThrownBy(() -> deserializer.deserialize("t", new byte[] {0, 0}))
                .isInstanceOf(SerializationException.class)
                .hasMessageStartingWith("Not Confluent wire format: 2 bytes");
    }

    @Test
    void serializerRefusesValuesThatAreNotAvro() {
        AvroSerializer serializer = new AvroSerializer();
        serializer.configure(deadRegistry, false);

        assertThatThrownBy(() -> serializer.serialize("t", new Object()))
                .isInstanceOf(SerializationException.class)
                .hasMessageContaining("Cannot serialize a java.lang.Object as Avro");
    }

    @Test
    void anUnreachableRegistryIsRetriableOnBothSides() {
        AvroSerializer serializer = new AvroSerializer();
        serializer.configure(deadRegistry, false);
        AvroDeserializer deserializer = new AvroDeserializer();
        deserializer.configure(deadRegistry, false);
        Greeting greeting = Greeting.newBuilder().setName("Ada").setSentAt(java.time.Instant.EPOCH)
                .setMood(Mood.HAPPY).build();

        long started = System.nanoTime();
        assertThatThrownBy(() -> serializer.serialize("greetings", greeting))
                .isInstanceOf(SchemaRegistryUnavailableException.class)
                .hasMessageContaining("registering schema org.studiebro.serde.testdata.Greeting under subject"
                        + " 'greetings-value'")
                .hasMessageContaining(deadRegistry.get("schema.registry.url"));
        // A record the registry would know: the failure is the registry's, not the record's.
        assertThatThrownBy(() -> deserializer.deserialize("greetings", new byte[] {0, 0, 0, 0, 1, 6, 65, 100, 97}))
                .isInstanceOf(SchemaRegistryUnavailableException.class);
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(4));
    }
}
