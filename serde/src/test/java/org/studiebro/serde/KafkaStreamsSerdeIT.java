package org.studiebro.serde;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Map;
import java.util.Properties;

import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.kstream.Consumed;
import org.junit.jupiter.api.Test;
import org.studiebro.serde.testdata.Greeting;
import org.studiebro.serde.testdata.Mood;

/** The serdes in a Kafka Streams topology: by class name as default.value.serde, and typed through the factory. */
class KafkaStreamsSerdeIT {

    private final String url = TestRegistry.url();

    @Test
    void defaultValueSerdeByClassNameAndATypedSerdeFromTheFactory() {
        String in = TestRegistry.topic("streams-in");
        String out = TestRegistry.topic("streams-out");
        Map<String, Object> registry = Map.of("schema.registry.url", url, "specific.avro.reader", true);
        Serde<Greeting> greetings = AvroSerde.specific(registry);

        StreamsBuilder builder = new StreamsBuilder();
        // Typed on the way in; on the way out the default value serde, configured by Kafka Streams itself.
        builder.stream(in, Consumed.with(Serdes.String(), greetings))
                .mapValues(greeting -> Greeting.newBuilder(greeting).setLanguage("nb").build())
                .to(out);
        Properties properties = new Properties();
        properties.put(StreamsConfig.APPLICATION_ID_CONFIG, "serde-it");
        properties.put(StreamsConfig.DEFAULT_KEY_SERDE_CLASS_CONFIG, Serdes.StringSerde.class.getName());
        properties.put(StreamsConfig.DEFAULT_VALUE_SERDE_CLASS_CONFIG, AvroSerde.class.getName());
        properties.putAll(registry);

        try (TopologyTestDriver driver = new TopologyTestDriver(builder.build(), properties)) {
            TestInputTopic<String, Greeting> input = driver.createInputTopic(in, new StringSerializer(), greetings.serializer());
            TestOutputTopic<String, Greeting> output = driver.createOutputTopic(out, new StringDeserializer(),
                    AvroSerde.<Greeting>specific(registry).deserializer());

            input.pipeInput("application-1", Greeting.newBuilder().setName("Ola").setSentAt(Instant.EPOCH)
                    .setMood(Mood.HAPPY).build());

            assertThat(output.readKeyValue().value).isInstanceOfSatisfying(Greeting.class, greeting -> {
                assertThat(greeting.getName()).isEqualTo("Ola");
                assertThat(greeting.getLanguage()).isEqualTo("nb");
            });
        }
        assertThat(SchemaRegistryClient.create(url).subjects()).contains(in + "-value", out + "-value");
    }
}
