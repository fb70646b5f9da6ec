package org.studiebro.serde;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.config.ConfigException;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.studiebro.events.CostDecided;
import org.studiebro.events.SeatDecided;
import org.studiebro.events.SeatOutcome;
import org.studiebro.schemas.Events;
import org.studiebro.schemas.TopicRegistry;
import org.studiebro.schemas.Topics;
import org.studiebro.testsupport.SharedInfrastructure;

/** The typed serdes of the topic registry and the single-writer check, on the real registry and broker. */
class TopicSerdesIT {

    private final String party = "serde-it-" + UUID.randomUUID().toString().substring(0, 8);

    @Test
    void theTopicsWriterWritesAndAnyoneReadsItsRecordsAsTheTopicsType() {
        String topic = TopicRegistry.SEAT_DECISIONS.nameFor(party);
        SeatDecided decision = decision();

        Serializer<SeatDecided> serializer = TopicSerdes.serializerFor(TopicRegistry.SEAT_DECISIONS,
                config("reference-parties"));
        Deserializer<SeatDecided> deserializer = TopicSerdes.deserializerFor(TopicRegistry.SEAT_DECISIONS,
                config(null));

        assertThat(deserializer.deserialize(topic, serializer.serialize(topic, decision))).isEqualTo(decision);
        assertThat(TopicSerdes.keySerializerFor(TopicRegistry.SEAT_DECISIONS)).isInstanceOf(StringSerializer.class);
    }

    @Test
    void anotherServiceCannotMakeATopicsSerializer() {
        assertThatThrownBy(() -> TopicSerdes.serializerFor(TopicRegistry.APPLICATIONS_SUBMITTED,
                config("routing-service")))
                .isInstanceOf(NotTheWriterException.class)
                .hasMessage("routing-service may not write applications.submitted: its one writer is "
                        + "applications-service (TopicRegistry)");
        assertThatThrownBy(() -> TopicSerdes.serializerFor(TopicRegistry.CATALOG_COURSE_EVENTS, config(null)))
                .isInstanceOf(NotTheWriterException.class)
                .hasMessageContaining("reference-data-service");
        assertThatThrownBy(() -> TopicSerdes.serializerFor(TopicRegistry.SEAT_DECISIONS, config("seat-owner")))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("not a service that writes topics");
    }

    @Test
    void aTopicsSerdeRefusesAnotherTopic() {
        Serializer<SeatDecided> serializer = TopicSerdes.serializerFor(TopicRegistry.SEAT_DECISIONS,
                config("reference-parties"));
        byte[] written = serializer.serialize(TopicRegistry.SEAT_DECISIONS.nameFor(party), decision());

        assertThatThrownBy(() -> serializer.serialize(Topics.ROUTING_SEAT_DECISIONS, decision()))
                .isInstanceOf(SerializationException.class)
                .hasMessageContaining("was used on topic routing.seat-decisions");
        Deserializer<CostDecided> ofCostDecisions = TopicSerdes.deserializerFor(TopicRegistry.COST_DECISIONS,
                config(null));
        assertThatThrownBy(() -> ofCostDecisions.deserialize(TopicRegistry.SEAT_DECISIONS.nameFor(party), written))
                .isInstanceOf(SerializationException.class);
    }

    @Test
    void aProducerOfAServiceCannotSendToAnotherServicesTopicOrDeadLetters() throws Exception {
        String notices = Topics.municipalityNotices(party);
        String othersDeadLetters = Topics.deadLetters("notification-service");
        SharedInfrastructure infrastructure = SharedInfrastructure.get();
        try (Admin admin = Admin.create(infrastructure.kafkaClientConfig().settings())) {
            admin.createTopics(List.of(new NewTopic(notices, 1, (short) 1))).all().get();
        }
        Map<String, Object> producerConfig = new HashMap<>(config("routing-service"));
        producerConfig.putAll(infrastructure.kafkaClientConfig().settings());
        producerConfig.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, 10_000);
        producerConfig.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
        producerConfig.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, AvroSerializer.class);

        try (KafkaProducer<String, Object> producer = new KafkaProducer<>(producerConfig)) {
            for (int attempt = 0; attempt < 2; attempt++) {
                assertThatThrownBy(() -> producer.send(new ProducerRecord<>(notices, "a-1", decision())))
                        .isInstanceOf(NotTheWriterException.class)
                        .hasMessageContaining("its one writer is notification-service");
            }
        }
        AvroSerializer serializer = new AvroSerializer();
        serializer.configure(config("routing-service"), false);
        assertThatThrownBy(() -> serializer.serialize(othersDeadLetters, new byte[] {1}))
                .isInstanceOf(NotTheWriterException.class)
                .hasMessage("routing-service may not write dead-letters.notification-service: only "
                        + "notification-service writes its dead letters");
        assertThat(serializer.serialize(Topics.deadLetters("routing-service"), new byte[] {1})).isNotEmpty();
    }

    private static Map<String, Object> config(String writer) {
        Map<String, Object> config = new HashMap<>();
        config.put(AvroSerdeConfig.SCHEMA_REGISTRY_URL, TestRegistry.url());
        if (writer != null) {
            config.put(AvroSerdeConfig.WRITER, writer);
        }
        return config;
    }

    private SeatDecided decision() {
        return SeatDecided.newBuilder()
                .setMetadata(Events.metadata("topic-serdes-it", null, "serde-it", Instant.now()))
                .setApplicationId("a-1")
                .setSeatOwner(party)
                .setCourseEventId("c-1")
                .setChoiceRank(1)
                .setOutcome(SeatOutcome.ADMITTED)
                .setReasonCode("SEATS_AVAILABLE")
                .setReason("Seats available")
                .setDecidedBy("serde-it")
                .build();
    }
}
