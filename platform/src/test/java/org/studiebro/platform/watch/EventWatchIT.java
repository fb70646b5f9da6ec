package org.studiebro.platform.watch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;

import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.studiebro.schemas.Topics;
import org.studiebro.serde.AvroSerdeConfig;
import org.studiebro.serde.AvroSerializer;
import org.studiebro.serde.TopicProvisioner;
import org.studiebro.testsupport.SharedInfrastructure;
import org.studiebro.testsupport.WithSharedInfrastructure;

@ExtendWith(WithSharedInfrastructure.class)
class EventWatchIT {

    private static final String SEAT_OWNER = "watch-it-" + suffix();
    private static final String SERVICE = "watch-it-" + suffix();
    private static final Duration PATIENCE = Duration.ofSeconds(30);

    private static SharedInfrastructure infrastructure;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private final AtomicReference<Throwable> failure = new AtomicReference<>();
    private EventWatch watch;

    @BeforeAll
    static void provisionTopics() {
        infrastructure = SharedInfrastructure.get();
        try (TopicProvisioner provisioner = provisioner()) {
            provisioner.provisionCore();
            provisioner.provision(Topics.seatOwnerTopics(SEAT_OWNER));
            provisioner.provisionDeadLetters(SERVICE);
        }
    }

    @AfterEach
    void stopWatching() throws InterruptedException {
        if (watch != null) {
            watch.stop();
            assertThat(watch.awaitStopped(PATIENCE)).isTrue();
        }
        assertThat(failure.get()).isNull();
    }

    @Test
    void followsOneApplicationAcrossTopicsFromTheBeginningInOrderWithIdentityNumbersMasked() {
        String application = "app-" + suffix();
        String other = "app-" + suffix();
        // Kafka Streams gives its output the input's timestamp: the seat request has the submission's.
        long at = System.currentTimeMillis();
        try (KafkaProducer<String, Object> producer = eventProducer()) {
            producer.send(event(Topics.APPLICATIONS_SUBMITTED, at, application, SampleEvents.submitted(application)));
            producer.send(event(Topics.APPLICATIONS_SUBMITTED, at, other, SampleEvents.submitted(other)));
            producer.send(event(Topics.seatRequests(SEAT_OWNER), at, application,
                    SampleEvents.seatRequested(application, SEAT_OWNER)));
            producer.send(event(Topics.seatRequests(SEAT_OWNER), at, other,
                    SampleEvents.seatRequested(other, SEAT_OWNER)));
        }

        watch(WatchRequest.of(List.of(), application, true));

        await().atMost(PATIENCE).until(() -> lines().size() >= 2);
        List<String> lines = lines();
        assertThat(lines).hasSize(2);
        assertThat(lines.get(0)).contains(" " + Topics.APPLICATIONS_SUBMITTED + " ", " " + application
                + " ApplicationSubmitted {");
        assertThat(lines.get(1)).contains(" " + Topics.seatRequests(SEAT_OWNER) + " ", " " + application
                + " SeatRequestEvent/SeatRequested {");
        assertThat(lines).allSatisfy(line -> assertThat(line)
                .contains("\"nationalId\":\"" + SampleEvents.MASKED + "\"")
                .doesNotContain(SampleEvents.NATIONAL_ID, other));
    }

    @Test
    void fromNowShowsOnlyNewRecordsDeadLettersAndTopicsThatAppearMeanwhile() {
        String application = "app-" + suffix();
        String newSeatOwner = "watch-it-" + suffix();
        try (KafkaProducer<String, Object> producer = eventProducer()) {
            producer.send(event(Topics.APPLICATIONS_SUBMITTED, System.currentTimeMillis(), application,
                    SampleEvents.submitted(application)));
        }

        watch(WatchRequest.of(List.of(), application, false));
        await().atMost(PATIENCE).until(() -> err().contains("Watching "));
        try (KafkaProducer<String, byte[]> producer = rawProducer()) {
            producer.send(deadLetter(application));
        }
        try (TopicProvisioner provisioner = provisioner();
                KafkaProducer<String, Object> producer = eventProducer()) {
            provisioner.provision(Topics.seatOwnerTopics(newSeatOwner));
            producer.send(event(Topics.seatRequests(newSeatOwner), System.currentTimeMillis(), application,
                    SampleEvents.seatRequested(application, newSeatOwner)));
        }

        await().atMost(PATIENCE).until(() -> lines().size() >= 2);
        List<String> lines = lines();
        assertThat(lines).hasSize(2);
        assertThat(lines.get(0)).contains(" " + Topics.deadLetters(SERVICE) + " 0@",
                " " + application + " DeadLetter from=applications.status/1@42"
                        + " exception=org.apache.kafka.common.errors.SerializationException"
                        + " reason=\"Unknown magic byte!\" value(24 bytes)=\"not avro: 19811218-****\\x00\\x01\"");
        assertThat(lines.get(1)).contains(" " + application + " SeatRequestEvent/SeatRequested {");
        assertThat(err()).contains("Now also watching ", Topics.seatRequests(newSeatOwner));
        assertThat(out()).doesNotContain("ApplicationSubmitted", SampleEvents.NATIONAL_ID);
    }

    private void watch(WatchRequest request) {
        watch = new EventWatch(infrastructure.kafkaClientConfig(), infrastructure.schemaRegistryUrl(), request,
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        Thread.ofPlatform().name("watch").start(() -> {
            try {
                watch.run();
            } catch (Throwable e) {
                failure.set(e);
            }
        });
    }

    private List<String> lines() {
        return out().lines().toList();
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    private static ProducerRecord<String, Object> event(String topic, long timestamp, String key,
            SpecificRecord value) {
        return new ProducerRecord<>(topic, null, timestamp, key, value);
    }

    /** What Spring Kafka's DeadLetterPublishingRecoverer writes for a value it could not read. */
    private static ProducerRecord<String, byte[]> deadLetter(String key) {
        RecordHeaders headers = new RecordHeaders();
        headers.add("kafka_dlt-original-topic", Topics.APPLICATIONS_STATUS.getBytes(StandardCharsets.UTF_8));
        headers.add("kafka_dlt-original-partition", ByteBuffer.allocate(Integer.BYTES).putInt(1).array());
        headers.add("kafka_dlt-original-offset", ByteBuffer.allocate(Long.BYTES).putLong(42).array());
        headers.add("kafka_dlt-exception-fqcn",
                "org.apache.kafka.common.errors.SerializationException".getBytes(StandardCharsets.UTF_8));
        headers.add("kafka_dlt-exception-message", "Unknown magic byte!".getBytes(StandardCharsets.UTF_8));
        byte[] value = ("not avro: " + SampleEvents.NATIONAL_ID + "\0\1").getBytes(StandardCharsets.UTF_8);
        return new ProducerRecord<>(Topics.deadLetters(SERVICE), 0, System.currentTimeMillis(), key, value, headers);
    }

    private static KafkaProducer<String, Object> eventProducer() {
        AvroSerializer values = new AvroSerializer();
        values.configure(Map.of(AvroSerdeConfig.SCHEMA_REGISTRY_URL, infrastructure.schemaRegistryUrl(),
                AvroSerdeConfig.AUTO_REGISTER_SCHEMAS, false), false);
        return new KafkaProducer<>(infrastructure.kafkaClientConfig().settings(),
                new StringSerializer(), values);
    }

    private static KafkaProducer<String, byte[]> rawProducer() {
        return new KafkaProducer<>(infrastructure.kafkaClientConfig().settings(),
                new StringSerializer(), new ByteArraySerializer());
    }

    private static TopicProvisioner provisioner() {
        return new TopicProvisioner(infrastructure.kafkaClientConfig().settings(), infrastructure.schemaRegistryUrl(),
                3);
    }

    private static String suffix() {
        return UUID.randomUUID().toString().substring(0, 8);
    }
}
