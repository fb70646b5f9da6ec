package org.studiebro.routing.router;

import java.util.LinkedHashMap;
import java.util.Map;

import org.apache.avro.Schema;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.studiebro.events.MunicipalityRegistered;
import org.studiebro.routing.rules.TestEvents;
import org.studiebro.routing.rules.TestWorld;
import org.studiebro.schemas.Topics;
import org.studiebro.serde.AvroSerializer;
import org.studiebro.serde.TopicProvisioner;
import org.studiebro.testsupport.SharedInfrastructure;

/**
 * TestWorld's reference data and catalog on their topics, and its parties' topics, as the reference-data-service's
 * import leaves them: what a routing-service reads at start. Publishing again publishes the same content.
 */
final class TestReferenceData {

    private TestReferenceData() {
    }

    static void publish(SharedInfrastructure infrastructure) {
        Map<String, Schema> partyTopics = new LinkedHashMap<>();
        TestWorld.COURSE_EVENTS.forEach(event -> partyTopics.putAll(Topics.seatOwnerTopics(event.getSeatOwner())));
        TestWorld.MUNICIPALITIES.forEach(municipality -> partyTopics.putAll(Topics.municipalityTopics(municipality)));
        try (TopicProvisioner provisioner = new TopicProvisioner(infrastructure.kafkaClientConfig().settings(),
                infrastructure.schemaRegistryUrl(), 3)) {
            provisioner.provisionCore();
            provisioner.provision(partyTopics);
        }
        Map<String, Object> config = infrastructure.kafkaClientConfig().with(Map.of(
                "schema.registry.url", infrastructure.schemaRegistryUrl(), "auto.register.schemas", false));
        AvroSerializer avro = new AvroSerializer();
        avro.configure(config, false);
        try (KafkaProducer<String, Object> producer = new KafkaProducer<>(config, new StringSerializer(), avro)) {
            TestWorld.MUNICIPALITIES.forEach(id -> producer.send(new ProducerRecord<>(Topics.REFERENCE_MUNICIPALITIES,
                    id, municipality(id))));
            TestWorld.AREAS.forEach(area -> producer.send(new ProducerRecord<>(Topics.REFERENCE_COOPERATION_AREAS,
                    area.getAreaId(), area)));
            TestWorld.COURSE_EVENTS.forEach(event -> producer.send(new ProducerRecord<>(Topics.CATALOG_COURSE_EVENTS,
                    event.getCourseEventId(), event)));
        }
    }

    private static MunicipalityRegistered municipality(String id) {
        return MunicipalityRegistered.newBuilder()
                .setMetadata(TestEvents.metadata("import"))
                .setMunicipalityId(id)
                .setCode(id.substring(3))
                .setCountry("SE")
                .setName("Municipality " + id)
                .setCounty("län")
                .build();
    }
}
