package org.studiebro.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.studiebro.events.ApplicationStatusChanged;
import org.studiebro.events.Language;
import org.studiebro.events.MunicipalityRegistered;
import org.studiebro.events.NotificationDispatched;
import org.studiebro.events.RecipientKind;
import org.studiebro.schemas.Events;
import org.studiebro.schemas.Topics;
import org.studiebro.serde.AvroDeserializer;
import org.studiebro.serde.AvroSerializer;
import org.studiebro.serde.TopicProvisioner;
import org.studiebro.testsupport.SharedInfrastructure;
import org.studiebro.testsupport.WithSharedInfrastructure;

/**
 * Measures how many status events per second the service drains with a real broker, registry and SMTP server:
 * publishes throughput.events (default 20,000) status events at once, each owing a learner e-mail, a municipality
 * e-mail and a notice, and times until every learner's NotificationDispatched record is committed. It only measures
 * and prints, so it is not an IT and does not run in the build; run it on demand:
 * {@code ../mvnw -B -o verify -Dit.test=ThroughputBenchmark -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false
 * -Dthroughput.events=20000}.
 */
@ExtendWith(WithSharedInfrastructure.class)
@DirtiesContext
@SpringBootTest(properties = "logging.level.org.studiebro=WARN")
class ThroughputBenchmark {

    private static final String MOLNDAL = "se-1481";
    private static final int EVENTS = Integer.getInteger("throughput.events", 20_000);
    private static final Duration TIMEOUT = Duration.ofSeconds(Long.getLong("throughput.timeout-seconds", 3_600));

    private static SharedInfrastructure infrastructure;
    private static KafkaProducer<String, Object> producer;
    private static KafkaConsumer<String, Object> dispatched;

    @BeforeAll
    static void provision() throws Exception {
        infrastructure = SharedInfrastructure.get();
        try (TopicProvisioner provisioner = new TopicProvisioner(infrastructure.kafkaClientConfig().settings(),
                infrastructure.schemaRegistryUrl(), 3)) {
            provisioner.provisionCore();
            provisioner.provision(Topics.municipalityTopics(MOLNDAL));
            provisioner.provisionDeadLetters("notification-service");
        }
        producer = new KafkaProducer<>(infrastructure.kafkaClientConfig().with(Map.of(
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, AvroSerializer.class,
                ProducerConfig.LINGER_MS_CONFIG, 20,
                "schema.registry.url", infrastructure.schemaRegistryUrl(),
                "auto.register.schemas", false)));
        producer.send(new ProducerRecord<>(Topics.REFERENCE_MUNICIPALITIES, MOLNDAL, MunicipalityRegistered.newBuilder()
                .setMetadata(Events.metadata("reference-import", null, "throughput-benchmark", Instant.now()))
                .setMunicipalityId(MOLNDAL).setCode("1481").setCountry("SE").setName("Mölndal")
                .setCounty("Västra Götalands län").setEmail("vuxenutbildning@molndal.studiebro.test").build())).get();
        dispatched = new KafkaConsumer<>(infrastructure.kafkaClientConfig().with(Map.of(
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class,
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, AvroDeserializer.class,
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed",
                "schema.registry.url", infrastructure.schemaRegistryUrl(),
                "specific.avro.reader", true)));
        List<TopicPartition> partitions = dispatched.partitionsFor(Topics.NOTIFICATIONS_DISPATCHED).stream()
                .map(info -> new TopicPartition(info.topic(), info.partition())).toList();
        dispatched.assign(partitions);
        dispatched.seekToEnd(partitions);
        partitions.forEach(dispatched::position);
    }

    @AfterAll
    static void close() {
        producer.close();
        dispatched.close();
    }

    @Test
    void drainStatusEvents() {
        // One event first, so that the listeners are running and the measurement starts from a warm service.
        awaitLearnersMailed(publish("warm-up-" + UUID.randomUUID(), 1), 1);

        String run = "bench-" + UUID.randomUUID() + "-";
        int mailsBefore = infrastructure.mailServer().received().size();
        long started = System.nanoTime();
        Set<String> statusEventIds = awaitLearnersMailed(publish(run, EVENTS), EVENTS);
        double seconds = (System.nanoTime() - started) / 1e9;

        System.out.printf("THROUGHPUT: %d status events drained in %.1f s = %.0f status events/s "
                        + "(%d mails received meanwhile)%n", EVENTS, seconds, EVENTS / seconds,
                infrastructure.mailServer().received().size() - mailsBefore);
        assertThat(statusEventIds).hasSize(EVENTS);
    }

    /** Publishes events with application ids starting with the prefix; returns that prefix. */
    private static String publish(String prefix, int count) {
        for (int i = 0; i < count; i++) {
            String applicationId = prefix + i;
            ApplicationStatusChanged event = TestEvents.admitted(applicationId, TestEvents.applicant(Language.SV,
                    applicationId + "@learner.studiebro.test", MOLNDAL)).build();
            producer.send(new ProducerRecord<>(Topics.APPLICATIONS_STATUS, applicationId, event));
        }
        producer.flush();
        return prefix;
    }

    /** The status event ids of the committed learner e-mail records of the prefix's applications. */
    private static Set<String> awaitLearnersMailed(String prefix, int count) {
        Set<String> statusEventIds = new HashSet<>();
        List<String> duplicates = new ArrayList<>();
        long deadline = System.nanoTime() + TIMEOUT.toNanos();
        long nextReport = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (statusEventIds.size() < count && System.nanoTime() < deadline) {
            for (ConsumerRecord<String, Object> record : dispatched.poll(Duration.ofMillis(200))) {
                if (record.key().startsWith(prefix) && record.value() instanceof NotificationDispatched notification
                        && notification.getRecipientKind() == RecipientKind.LEARNER
                        && !statusEventIds.add(notification.getStatusEventId())) {
                    duplicates.add(notification.getStatusEventId());
                }
            }
            if (System.nanoTime() > nextReport) {
                System.out.printf("THROUGHPUT: %d of %d learners mailed%n", statusEventIds.size(), count);
                nextReport = System.nanoTime() + Duration.ofSeconds(10).toNanos();
            }
        }
        assertThat(duplicates).as("learner records written twice").isEmpty();
        return statusEventIds;
    }
}
