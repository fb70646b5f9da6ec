package org.studiebro.routing.router;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.studiebro.routing.rules.TestWorld.GOTEBORG_VUX;
import static org.studiebro.routing.rules.TestWorld.MOLNDAL;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.StreamsConfig;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.kafka.config.StreamsBuilderFactoryBean;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.studiebro.events.ApplicationState;
import org.studiebro.events.ApplicationStatusChanged;
import org.studiebro.events.SeatOutcome;
import org.studiebro.plumbing.deadletter.DeadLetterHeaderNames;
import org.studiebro.plumbing.replay.ReplayHeaderNames;
import org.studiebro.routing.rules.TestEvents;
import org.studiebro.schemas.Topics;
import org.studiebro.serde.AvroSerializer;
import org.studiebro.testsupport.SharedInfrastructure;
import org.studiebro.testsupport.WithSharedInfrastructure;

/**
 * A dead letter replayed once its cause is fixed, against the real broker and registry with exactly_once_v2: the
 * replay is written to replays.routing-service as the operators' replay command writes it (original key and value
 * bytes, original timestamp and partition, studiebro-* headers). The context is closed after the class, so that its
 * routing does not route other IT classes' records at the same time.
 */
@ExtendWith(WithSharedInfrastructure.class)
@DirtiesContext
@SpringBootTest(properties = {
        "spring.kafka.streams.application-id=routing-replay-it-${random.uuid}"})
class DeadLetterReplayIT {

    private static final Duration WAIT = Duration.ofSeconds(60);
    private static final String DEAD_LETTERS = Topics.deadLetters("routing-service");

    private static SharedInfrastructure infrastructure;
    private static TopicRecorder recorder;
    private static KafkaProducer<String, Object> events;
    private static KafkaProducer<byte[], byte[]> replays;
    private static Admin admin;

    @Autowired
    private StreamsBuilderFactoryBean streams;

    @DynamicPropertySource
    static void stateDirectory(DynamicPropertyRegistry registry) throws IOException {
        Path stateDir = Files.createTempDirectory("routing-replay-it-state");
        registry.add("spring.kafka.streams.state-dir", stateDir::toString);
    }

    @BeforeAll
    static void startClients() {
        infrastructure = SharedInfrastructure.get();
        TestReferenceData.publish(infrastructure);
        recorder = new TopicRecorder(infrastructure);
        Map<String, Object> config = infrastructure.kafkaClientConfig().with(Map.of(
                "schema.registry.url", infrastructure.schemaRegistryUrl(), "auto.register.schemas", false));
        AvroSerializer avro = new AvroSerializer();
        avro.configure(config, false);
        events = new KafkaProducer<>(config, new StringSerializer(), avro);
        replays = new KafkaProducer<>(config, new ByteArraySerializer(), new ByteArraySerializer());
        admin = Admin.create(infrastructure.kafkaClientConfig().settings());
    }

    @AfterAll
    static void stopClients() throws InterruptedException {
        events.close();
        replays.close();
        admin.close();
        recorder.close();
    }

    @Test
    void aDecisionThatCameBeforeItsApplicationIsRoutedWhenReplayedAndOnlyOnce() throws Exception {
        String id = "replay-it-" + UUID.randomUUID();
        send(Topics.seatDecisions(GOTEBORG_VUX), id,
                TestEvents.seatDecided(id, GOTEBORG_VUX, "gbg-vard", 1, SeatOutcome.ADMITTED));
        ConsumerRecord<String, byte[]> deadLetter = await().atMost(WAIT)
                .until(() -> recorder.raw(DEAD_LETTERS, id), list -> !list.isEmpty()).getFirst();
        assertThat(TopicRecorder.header(deadLetter, DeadLetterHeaderNames.MESSAGE))
                .isEqualTo("no such application");

        // The cause is fixed: the application the decision is about now exists.
        send(Topics.APPLICATIONS_SUBMITTED, id, TestEvents.submitted(id, MOLNDAL, "gbg-vard"));
        assertThat(awaitStatus(id, 1).getStatus()).isEqualTo(ApplicationState.AWAITING_SEAT_OWNER);

        replay(deadLetter);

        ApplicationStatusChanged admitted = awaitStatus(id, 2);
        assertThat(admitted.getStatus()).isEqualTo(ApplicationState.ADMITTED);
        assertThat(admitted.getChange().getDecidedBy()).isEqualTo("goteborg-vux/antagning");

        // The replay command writes a dead letter's replay once; routing also ignores one written twice.
        RecordMetadata again = replay(deadLetter);
        awaitConsumed(again);
        await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(10)).until(() ->
                recorder.values(Topics.APPLICATIONS_STATUS, id).size() == 2
                        && recorder.raw(DEAD_LETTERS, id).size() == 1);
        assertThat(recorder.raw(Topics.seatRequests(GOTEBORG_VUX), id)).hasSize(1);
    }

    /** As the operators' replay command writes it: see Topics.replays and the platform's ReplayWriter. */
    private static RecordMetadata replay(ConsumerRecord<String, byte[]> deadLetter) throws Exception {
        String partition = Integer.toString(TopicRecorder.partition(deadLetter));
        ProducerRecord<byte[], byte[]> replay = new ProducerRecord<>(RoutingTopology.REPLAYS,
                Integer.parseInt(partition), deadLetter.timestamp(), deadLetter.key().getBytes(StandardCharsets.UTF_8),
                deadLetter.value());
        replay.headers().add("studiebro-replay-of", text(DEAD_LETTERS + "/" + deadLetter.partition() + "@"
                + deadLetter.offset()));
        replay.headers().add(ReplayHeaderNames.ORIGINAL_TOPIC,
                text(TopicRecorder.header(deadLetter, DeadLetterHeaderNames.TOPIC)));
        replay.headers().add("studiebro-original-partition", text(partition));
        replay.headers().add("studiebro-original-offset",
                text(Long.toString(TopicRecorder.offset(deadLetter))));
        return replays.send(replay).get();
    }

    /** Until routing has committed its transaction past the record: what it caused is then committed too. */
    private void awaitConsumed(RecordMetadata record) {
        TopicPartition partition = new TopicPartition(record.topic(), record.partition());
        // Kafka Streams commits under its application id, which is its consumer group.
        String applicationId = streams.getStreamsConfiguration().getProperty(StreamsConfig.APPLICATION_ID_CONFIG);
        await().atMost(WAIT).until(() -> {
            OffsetAndMetadata committed = admin.listConsumerGroupOffsets(applicationId)
                    .partitionsToOffsetAndMetadata().get().get(partition);
            return committed != null && committed.offset() > record.offset();
        });
    }

    private ApplicationStatusChanged awaitStatus(String id, int version) {
        return await().atMost(WAIT).until(() -> recorder.values(Topics.APPLICATIONS_STATUS, id,
                        ApplicationStatusChanged.class).stream().filter(s -> s.getVersion() == version).findFirst(),
                Optional::isPresent).orElseThrow();
    }

    private static void send(String topic, String key, Object value) throws Exception {
        events.send(new ProducerRecord<>(topic, key, value)).get();
    }

    private static byte[] text(String value) {
        return value.getBytes(StandardCharsets.UTF_8);
    }
}
